package cn.yuanqu.safety.inspection;

import org.eclipse.microprofile.graphql.Description;

/** How an inspection was made. */
@Description("检查类型 / inspection type")
public enum InspectionType {
    @Description("日常检查 / routine inspection")
    DAILY("日常检查"),
    @Description("专项整治 / special remediation")
    SPECIAL_REMEDIATION("专项整治"),
    @Description("联合执法 / joint enforcement")
    JOINT_ENFORCEMENT("联合执法"),
    @Description("夜查 / night check")
    NIGHT("夜查"),
    @Description("回头看 / follow-up check")
    FOLLOW_UP("回头看"),
    @Description("第三方/环保管家 / third party or environmental steward")
    THIRD_PARTY("第三方/环保管家");

    private final String label;

    InspectionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
