package cn.yuanqu.safety.duty;

import org.eclipse.microprofile.graphql.Description;

/** What a training session was. */
@Description("培训类型 / training kind")
public enum TrainingKind {
    @Description("安全培训 / safety training")
    TRAINING("安全培训"),
    @Description("警示教育 / warning education")
    WARNING_EDUCATION("警示教育"),
    @Description("其他 / other")
    OTHER("其他");

    private final String label;

    TrainingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
