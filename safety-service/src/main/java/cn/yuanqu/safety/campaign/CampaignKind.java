package cn.yuanqu.safety.campaign;

import org.eclipse.microprofile.graphql.Description;

/** What kind of campaign. */
@Description("专项行动类型 / campaign kind")
public enum CampaignKind {
    @Description("专项行动 / special action")
    SPECIAL_ACTION("专项行动"),
    @Description("大排查大整治 / sweeping inspection and remediation")
    SWEEP("大排查大整治"),
    @Description("其他 / other")
    OTHER("其他");

    private final String label;

    CampaignKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
