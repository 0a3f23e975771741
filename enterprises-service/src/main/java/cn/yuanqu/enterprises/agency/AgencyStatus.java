package cn.yuanqu.enterprises.agency;

import org.eclipse.microprofile.graphql.Description;

/**
 * The state machine of a matter handled on an enterprise's behalf:
 * <pre>
 * 办理中 RECEIVED → 已办结 CLOSED, 终止 TERMINATED (both final, dated)
 * </pre>
 */
@Description("帮代办状态 / status of a matter")
public enum AgencyStatus {
    @Description("办理中 / received, being handled")
    RECEIVED("办理中"),
    @Description("已办结 / closed")
    CLOSED("已办结"),
    @Description("终止 / terminated (withdrawn by the enterprise or not possible)")
    TERMINATED("终止");

    private final String label;

    AgencyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
