package cn.yuanqu.enterprises.visit;

import org.eclipse.microprofile.graphql.Description;

/** Why a cadre visited (走访类型). */
@Description("走访类型 / kind of visit")
public enum VisitKind {
    @Description("包保走访 / routine visit by the responsible cadre")
    ROUTINE("包保走访"),
    @Description("问题协调 / to solve a problem")
    PROBLEM("问题协调"),
    @Description("政策宣讲 / policy briefing")
    POLICY("政策宣讲"),
    @Description("安全提醒 / safety reminder")
    SAFETY("安全提醒"),
    @Description("其他 / other")
    OTHER("其他");

    private final String label;

    VisitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
