package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** How an inspection was made. */
@Description("检查类型 / inspection type")
public enum InspectionType {
    @Description("日常检查 / routine inspection")
    DAILY,
    @Description("专项整治 / special remediation")
    SPECIAL_REMEDIATION,
    @Description("联合执法 / joint enforcement")
    JOINT_ENFORCEMENT,
    @Description("夜查 / night check")
    NIGHT,
    @Description("回头看 / follow-up check")
    FOLLOW_UP,
    @Description("第三方/环保管家 / third party or environmental steward")
    THIRD_PARTY
}
