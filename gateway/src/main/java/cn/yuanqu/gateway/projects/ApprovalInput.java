package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A signed project a joint-review meeting approves, with the version of the project read. */
@Description("联审通过的项目 / a project the joint review approves")
@Input("ApprovalInput")
public record ApprovalInput(
        @NonNull @Description("项目ID / project id") String projectId,
        @NonNull @Description("读取时的项目版本号 / the project's version read") Long version) {
}
