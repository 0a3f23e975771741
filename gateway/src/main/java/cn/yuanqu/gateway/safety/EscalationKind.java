package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** What was done beyond the notice; a penalty carries its amount. */
@Description("升级措施 / escalation")
public enum EscalationKind {
    @Description("通报主管部门 / reported to the competent department")
    NOTIFY_DEPARTMENT,
    @Description("约谈 / summoned for a talk")
    INTERVIEW,
    @Description("行政处罚 / administrative penalty")
    PENALTY
}
