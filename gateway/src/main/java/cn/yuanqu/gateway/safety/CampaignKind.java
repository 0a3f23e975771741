package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** What kind of campaign. */
@Description("专项行动类型 / campaign kind")
public enum CampaignKind {
    @Description("专项行动 / special action")
    SPECIAL_ACTION,
    @Description("大排查大整治 / sweeping inspection and remediation")
    SWEEP,
    @Description("其他 / other")
    OTHER
}
