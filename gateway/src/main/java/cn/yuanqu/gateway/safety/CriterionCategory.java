package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** The three parts of the 2023 major-hazard criteria. */
@Description("判定标准类别 / criterion category")
public enum CriterionCategory {
    @Description("管理类 / management")
    MANAGEMENT,
    @Description("行业类 / industry")
    INDUSTRY,
    @Description("专项类 / special")
    SPECIAL
}
