package cn.yuanqu.enterprises.agency;

import org.eclipse.microprofile.graphql.Description;

/** What is handled on an enterprise's behalf (帮代办事项). */
@Description("帮代办事项类型 / kind of matter handled on an enterprise's behalf")
public enum AgencyKind {
    @Description("企业设立登记 / company establishment")
    ESTABLISHMENT("设立登记"),
    @Description("变更登记 / registration change")
    CHANGE("变更登记"),
    @Description("规划许可 / planning permit")
    PLANNING_PERMIT("规划许可"),
    @Description("施工许可 / construction permit")
    CONSTRUCTION_PERMIT("施工许可"),
    @Description("用地手续 / land procedures")
    LAND("用地手续"),
    @Description("环评能评 / environmental and energy assessment")
    ENVIRONMENTAL("环评能评"),
    @Description("消防审验 / fire safety approval")
    FIRE("消防审验"),
    @Description("竣工验收 / completion acceptance")
    COMPLETION("竣工验收"),
    @Description("税务事项 / tax matters")
    TAX("税务事项"),
    @Description("其他 / other")
    OTHER("其他");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
