package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;

/**
 * A project's stage, as projects-service names it. Its category fixes the track: 产业项目 签约 → 联审通过 → 供地 →
 * 开工 → 竣工 → 投产 → 达产达标; 技改 立项 → 开工 → 竣工 → 投产 → 达产达标; 基础设施, 配套, 标准厂房 立项 → 开工 → 竣工 → 交付使用;
 * 停缓建 and 终止 from any stage that is not final (docs/projects-service.md).
 */
@Description("项目阶段 / project stage")
public enum ProjectStage {
    @Description("签约 / signed")
    SIGNED,
    @Description("立项 / initiated")
    INITIATED,
    @Description("联审通过 / approved by the joint review")
    APPROVED,
    @Description("供地 / land supplied")
    LAND_SUPPLIED,
    @Description("开工 / started")
    STARTED,
    @Description("竣工 / completed")
    COMPLETED,
    @Description("投产 / in production")
    IN_PRODUCTION,
    @Description("达产达标 / at design capacity")
    AT_CAPACITY,
    @Description("交付使用 / delivered for use")
    DELIVERED,
    @Description("停缓建 / suspended")
    SUSPENDED,
    @Description("终止 / terminated")
    TERMINATED
}
