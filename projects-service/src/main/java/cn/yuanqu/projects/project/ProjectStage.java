package cn.yuanqu.projects.project;

import org.eclipse.microprofile.graphql.Description;

/**
 * A project's stage. Which stages a project passes through depends on its {@link Track}; 停缓建 and 终止
 * are exits open from every stage that is not final. See {@link Track} for the transition tables.
 */
@Description("项目阶段 / project stage")
public enum ProjectStage {
    @Description("签约 / signed")
    SIGNED("签约"),
    @Description("立项 / initiated")
    INITIATED("立项"),
    @Description("联审通过 / approved by the joint review")
    APPROVED("联审通过"),
    @Description("供地 / land supplied")
    LAND_SUPPLIED("供地"),
    @Description("开工 / started")
    STARTED("开工"),
    @Description("竣工 / completed")
    COMPLETED("竣工"),
    @Description("投产 / in production")
    IN_PRODUCTION("投产"),
    @Description("达产达标 / at design capacity")
    AT_CAPACITY("达产达标"),
    @Description("交付使用 / delivered for use")
    DELIVERED("交付使用"),
    @Description("停缓建 / suspended")
    SUSPENDED("停缓建"),
    @Description("终止 / terminated")
    TERMINATED("终止");

    private final String label;

    ProjectStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
