package cn.yuanqu.projects.promotion;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.projects.project.ProjectView;

/** A signed lead and the project it became. */
@Description("已签约线索及其项目 / a signed lead and its project")
@Schema(description = "已签约线索及其项目 / a signed lead and its project")
public record SignedLead(
        @NonNull @Description("线索 / lead") LeadView lead,
        @NonNull @Description("项目 / project") ProjectView project) {
}
