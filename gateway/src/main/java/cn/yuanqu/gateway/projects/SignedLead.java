package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A signed lead and the project it became. */
@Description("已签约线索及其项目 / a signed lead and its project")
public record SignedLead(
        @NonNull @Description("线索 / lead") Lead lead,
        @NonNull @Description("项目 / project") Project project) {
}
