package cn.yuanqu.land.idle;

import org.eclipse.microprofile.graphql.Description;

/** The government-caused reasons of idleness (闲置土地处置办法 第八条). */
@Description("政府原因 / government-caused reason")
public enum GovernmentCause {
    @Description("未按约定交付土地 / land not handed over as agreed")
    LAND_NOT_DELIVERED("未按约定、规定的期限和条件交付土地"),
    @Description("规划调整 / plan revised")
    PLAN_REVISED("土地利用总体规划、城乡规划依法修改"),
    @Description("政策调整 / policy change")
    POLICY_CHANGE("国家出台相关政策，需要对约定内容进行修改"),
    @Description("信访或群体性事件 / petitions")
    PETITIONS("处置群体性事件等公共利益需要"),
    @Description("军事管制或文物保护 / military or heritage control")
    MILITARY_OR_HERITAGE("军事管制、文物保护"),
    @Description("其他政府行为 / other government acts")
    OTHER_GOVERNMENT_ACT("政府、政府有关部门的其他行为");

    private final String label;

    GovernmentCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
