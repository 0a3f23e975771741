package cn.yuanqu.safety.inspection;

import org.eclipse.microprofile.graphql.Description;

/** What an inspection looked at. */
@Description("检查领域 / domain")
public enum SafetyDomain {
    @Description("安全生产 / work safety")
    WORK_SAFETY("安全生产"),
    @Description("环保 / environment")
    ENVIRONMENT("环保"),
    @Description("消防 / fire safety")
    FIRE("消防"),
    @Description("特种设备 / special equipment")
    SPECIAL_EQUIPMENT("特种设备"),
    @Description("职业健康 / occupational health")
    OCCUPATIONAL_HEALTH("职业健康");

    private final String label;

    SafetyDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
