package cn.yuanqu.enterprises.cultivation;

import org.eclipse.microprofile.graphql.Description;

/** What a cultivation entry aims at. */
@Description("培育目标 / cultivation goal")
public enum CultivationTarget {
    @Description("入规（规模以上工业企业） / entering above-designated-size")
    ABOVE_SCALE,
    @Description("资质认定（类型与级别） / a qualification of a type and level")
    QUALIFICATION
}
