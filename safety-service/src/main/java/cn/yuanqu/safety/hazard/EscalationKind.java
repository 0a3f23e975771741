package cn.yuanqu.safety.hazard;

import org.eclipse.microprofile.graphql.Description;

/** What was done beyond the notice; a penalty carries its amount. */
@Description("升级措施 / escalation")
public enum EscalationKind {
    @Description("通报主管部门 / reported to the competent department")
    NOTIFY_DEPARTMENT("通报主管部门"),
    @Description("约谈 / summoned for a talk")
    INTERVIEW("约谈"),
    @Description("行政处罚 / administrative penalty")
    PENALTY("行政处罚");

    private final String label;

    EscalationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
