package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** The status of a parcel (宗地状态), as land-service records it. */
@Description("宗地状态 / parcel status")
public enum ParcelStatus {
    @Description("储备 / in the land reserve")
    RESERVE,
    @Description("报批中 / in approval")
    IN_APPROVAL,
    @Description("已供未建 / supplied, not built")
    SUPPLIED_UNBUILT,
    @Description("在建 / under construction")
    UNDER_CONSTRUCTION,
    @Description("已建成 / built")
    BUILT,
    @Description("闲置 / idle")
    IDLE,
    @Description("低效 / inefficient")
    INEFFICIENT,
    @Description("已收回 / recovered")
    RECOVERED
}
