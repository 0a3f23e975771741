package cn.yuanqu.gateway.enterprises.agency;

import org.eclipse.microprofile.graphql.Description;

/** What is handled on an enterprise's behalf (帮代办事项). */
@Description("帮代办事项类型 / kind of matter handled on an enterprise's behalf")
public enum AgencyKind {
    @Description("企业设立登记 / company establishment")
    ESTABLISHMENT,
    @Description("变更登记 / registration change")
    CHANGE,
    @Description("规划许可 / planning permit")
    PLANNING_PERMIT,
    @Description("施工许可 / construction permit")
    CONSTRUCTION_PERMIT,
    @Description("用地手续 / land procedures")
    LAND,
    @Description("环评能评 / environmental and energy assessment")
    ENVIRONMENTAL,
    @Description("消防审验 / fire safety approval")
    FIRE,
    @Description("竣工验收 / completion acceptance")
    COMPLETION,
    @Description("税务事项 / tax matters")
    TAX,
    @Description("其他 / other")
    OTHER
}
