package cn.yuanqu.gateway.enterprises.visit;

import org.eclipse.microprofile.graphql.Description;

/** Why a cadre visited (走访类型). */
@Description("走访类型 / kind of visit")
public enum VisitKind {
    @Description("包保走访 / routine visit by the responsible cadre")
    ROUTINE,
    @Description("问题协调 / to solve a problem")
    PROBLEM,
    @Description("政策宣讲 / policy briefing")
    POLICY,
    @Description("安全提醒 / safety reminder")
    SAFETY,
    @Description("其他 / other")
    OTHER
}
