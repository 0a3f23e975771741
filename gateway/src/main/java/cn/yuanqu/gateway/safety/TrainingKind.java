package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** What a training session was. */
@Description("培训类型 / training kind")
public enum TrainingKind {
    @Description("安全培训 / safety training")
    TRAINING,
    @Description("警示教育 / warning education")
    WARNING_EDUCATION,
    @Description("其他 / other")
    OTHER
}
