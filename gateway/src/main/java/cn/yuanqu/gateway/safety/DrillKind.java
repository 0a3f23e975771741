package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** What an emergency drill practised. */
@Description("演练类型 / drill kind")
public enum DrillKind {
    @Description("消防应急疏散 / fire evacuation")
    FIRE_EVACUATION,
    @Description("危化品泄漏处置 / chemical leak")
    CHEMICAL_LEAK,
    @Description("有限空间救援 / confined-space rescue")
    CONFINED_SPACE,
    @Description("其他 / other")
    OTHER
}
