package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** What an inspection looked at. */
@Description("检查领域 / domain")
public enum SafetyDomain {
    @Description("安全生产 / work safety")
    WORK_SAFETY,
    @Description("环保 / environment")
    ENVIRONMENT,
    @Description("消防 / fire safety")
    FIRE,
    @Description("特种设备 / special equipment")
    SPECIAL_EQUIPMENT,
    @Description("职业健康 / occupational health")
    OCCUPATIONAL_HEALTH
}
