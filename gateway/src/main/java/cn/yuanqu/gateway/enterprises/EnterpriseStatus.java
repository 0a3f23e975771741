package cn.yuanqu.gateway.enterprises;

import org.eclipse.microprofile.graphql.Description;

/** Operating status of an enterprise (经营状态). */
@Description("企业经营状态 / operating status of an enterprise")
public enum EnterpriseStatus {
    @Description("在营 / operating")
    OPERATING,
    @Description("半停产 / partially suspended")
    PARTIALLY_SUSPENDED,
    @Description("停产 / suspended")
    SUSPENDED,
    @Description("僵尸企业 / zombie enterprise")
    ZOMBIE,
    @Description("迁出/注销 / moved out or deregistered (final)")
    EXITED
}
