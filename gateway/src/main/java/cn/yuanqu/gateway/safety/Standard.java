package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/**
 * The standards a point's limits are seeded from (RULES.md, mg/L): GB 3838-2002 surface water class IV
 * and V, GB 8978-1996 discharge first class. A point keeps its own copy, which officers may change.
 */
@Description("限值标准 / the standard a point's limits are seeded from")
public enum Standard {
    @Description("GB 3838-2002 地表水Ⅳ类 / surface water class IV")
    GB3838_IV,
    @Description("GB 3838-2002 地表水Ⅴ类 / surface water class V")
    GB3838_V,
    @Description("GB 8978-1996 污水综合排放一级标准 / integrated discharge, first class")
    GB8978_I
}
