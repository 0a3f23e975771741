package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** A government-caused reason why a parcel lies idle (53号令第八条). */
@Description("政府原因（53号令第八条） / government-caused reason of idleness")
public enum GovernmentCause {
    @Description("未按约定、规定的期限和条件交付土地 / land not delivered as agreed")
    LAND_NOT_DELIVERED,
    @Description("土地利用总体规划、城乡规划依法修改 / land-use or town plan revised")
    PLAN_REVISED,
    @Description("国家出台相关政策，需要对约定内容进行修改 / national policy requires changing the contract")
    POLICY_CHANGE,
    @Description("处置群体性事件等公共利益需要 / public-interest needs such as mass incidents")
    PETITIONS,
    @Description("军事管制、文物保护 / military control or heritage protection")
    MILITARY_OR_HERITAGE,
    @Description("政府、政府有关部门的其他行为 / another act of a government body")
    OTHER_GOVERNMENT_ACT
}
