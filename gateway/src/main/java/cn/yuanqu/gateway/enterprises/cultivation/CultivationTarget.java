package cn.yuanqu.gateway.enterprises.cultivation;

import org.eclipse.microprofile.graphql.Description;

/** What an enterprise of the pool is cultivated towards. */
@Description("培育目标 / goal of a cultivation entry")
public enum CultivationTarget {
    @Description("入规（规上工业企业） / enter 规上")
    ABOVE_SCALE,
    @Description("资质认定 / a qualification")
    QUALIFICATION
}
