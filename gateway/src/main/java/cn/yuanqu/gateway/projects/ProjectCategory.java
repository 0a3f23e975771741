package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;

/** What a project is; its category fixes the track of stages it goes through. */
@Description("项目类别 / project category")
public enum ProjectCategory {
    @Description("产业项目 / industrial project")
    INDUSTRIAL,
    @Description("基础设施 / infrastructure")
    INFRASTRUCTURE,
    @Description("配套 / public service and supporting facilities")
    SUPPORTING,
    @Description("标准厂房 / standard factories")
    STANDARD_FACTORY,
    @Description("技改 / technical renovation of an enterprise")
    RENOVATION
}
