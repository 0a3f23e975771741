package cn.yuanqu.gateway.enterprises.qualification;

import org.eclipse.microprofile.graphql.Description;

/** The level that awarded a qualification. */
@Description("认定级别 / level of an award")
public enum QualificationLevel {
    @Description("国家级 / national")
    NATIONAL,
    @Description("省级 / provincial")
    PROVINCIAL,
    @Description("市级 / municipal")
    MUNICIPAL,
    @Description("县级 / county")
    COUNTY
}
