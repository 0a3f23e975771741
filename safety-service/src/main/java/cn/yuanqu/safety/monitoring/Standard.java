package cn.yuanqu.safety.monitoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;

/**
 * The standards a point's limits are seeded from (RULES.md, mg/L): GB 3838-2002 surface water class IV
 * and V, GB 8978-1996 discharge first class. A point keeps its own copy, which officers may change.
 */
@Description("限值标准 / the standard a point's limits are seeded from")
public enum Standard {
    @Description("GB 3838-2002 地表水Ⅳ类 / surface water class IV")
    GB3838_IV("GB 3838-2002 地表水Ⅳ类"),
    @Description("GB 3838-2002 地表水Ⅴ类 / surface water class V")
    GB3838_V("GB 3838-2002 地表水Ⅴ类"),
    @Description("GB 8978-1996 污水综合排放一级标准 / integrated discharge, first class")
    GB8978_I("GB 8978-1996 一级标准");

    private final String label;

    Standard(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The limits of this standard by indicator; indicators it does not limit are absent. */
    public Map<Indicator, Limit> limits() {
        Map<Indicator, Limit> m = new EnumMap<>(Indicator.class);
        m.put(Indicator.PH, Limit.range("6", "9"));
        m.put(Indicator.ZN, Limit.max("2.0"));
        switch (this) {
            case GB3838_IV -> {
                m.put(Indicator.COD, Limit.max("30"));
                m.put(Indicator.NH3N, Limit.max("1.5"));
                m.put(Indicator.TP, Limit.max("0.3"));
                m.put(Indicator.CU, Limit.max("1.0"));
                m.put(Indicator.AS, Limit.max("0.1"));
                m.put(Indicator.HG, Limit.max("0.001"));
                m.put(Indicator.CD, Limit.max("0.005"));
                m.put(Indicator.CR6, Limit.max("0.05"));
                m.put(Indicator.PB, Limit.max("0.05"));
                m.put(Indicator.PETROLEUM, Limit.max("0.5"));
            }
            case GB3838_V -> {
                m.put(Indicator.COD, Limit.max("40"));
                m.put(Indicator.NH3N, Limit.max("2.0"));
                m.put(Indicator.TP, Limit.max("0.4"));
                m.put(Indicator.CU, Limit.max("1.0"));
                m.put(Indicator.AS, Limit.max("0.1"));
                m.put(Indicator.HG, Limit.max("0.001"));
                m.put(Indicator.CD, Limit.max("0.01"));
                m.put(Indicator.CR6, Limit.max("0.1"));
                m.put(Indicator.PB, Limit.max("0.1"));
                m.put(Indicator.PETROLEUM, Limit.max("1.0"));
            }
            case GB8978_I -> {
                m.put(Indicator.COD, Limit.max("100"));
                m.put(Indicator.NH3N, Limit.max("15"));
                m.put(Indicator.CU, Limit.max("0.5"));
                m.put(Indicator.AS, Limit.max("0.5"));
                m.put(Indicator.HG, Limit.max("0.05"));
                m.put(Indicator.CD, Limit.max("0.1"));
                m.put(Indicator.CR6, Limit.max("0.5"));
                m.put(Indicator.PB, Limit.max("1.0"));
                m.put(Indicator.NI, Limit.max("1.0"));
                m.put(Indicator.PETROLEUM, Limit.max("5"));
            }
        }
        return Collections.unmodifiableMap(m);
    }
}
