package cn.yuanqu.safety.duty;

import org.eclipse.microprofile.graphql.Description;

/** What an emergency drill practised. */
@Description("演练类型 / drill kind")
public enum DrillKind {
    @Description("消防应急疏散 / fire evacuation")
    FIRE_EVACUATION("消防应急疏散"),
    @Description("危化品泄漏处置 / chemical leak")
    CHEMICAL_LEAK("危化品泄漏处置"),
    @Description("有限空间救援 / confined-space rescue")
    CONFINED_SPACE("有限空间救援"),
    @Description("其他 / other")
    OTHER("其他");

    private final String label;

    DrillKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
