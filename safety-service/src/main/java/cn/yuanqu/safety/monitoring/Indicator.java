package cn.yuanqu.safety.monitoring;

import org.eclipse.microprofile.graphql.Description;

/** A water-quality indicator (RULES.md); concentrations in mg/L, pH without unit. */
@Description("监测指标 / water-quality indicator")
public enum Indicator {
    @Description("pH值 / pH")
    PH("pH", "无量纲"),
    @Description("化学需氧量 / chemical oxygen demand")
    COD("化学需氧量(COD)", "mg/L"),
    @Description("氨氮 / ammonia nitrogen")
    NH3N("氨氮(NH3-N)", "mg/L"),
    @Description("总磷 / total phosphorus")
    TP("总磷(TP)", "mg/L"),
    @Description("铜 / copper")
    CU("铜(Cu)", "mg/L"),
    @Description("锌 / zinc")
    ZN("锌(Zn)", "mg/L"),
    @Description("砷 / arsenic")
    AS("砷(As)", "mg/L"),
    @Description("汞 / mercury")
    HG("汞(Hg)", "mg/L"),
    @Description("镉 / cadmium")
    CD("镉(Cd)", "mg/L"),
    @Description("六价铬 / hexavalent chromium")
    CR6("六价铬(Cr6+)", "mg/L"),
    @Description("铅 / lead")
    PB("铅(Pb)", "mg/L"),
    @Description("镍 / nickel")
    NI("镍(Ni)", "mg/L"),
    @Description("石油类 / petroleum")
    PETROLEUM("石油类", "mg/L");

    private final String label;
    private final String unit;

    Indicator(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
