package cn.yuanqu.gateway.projects;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An issue raised for a project in a meeting. */
@Description("会议交办问题 / an issue raised for a project")
@Input("IssueInput")
public record IssueInput(
        @NonNull @Description("项目ID / project id") String projectId,
        @NonNull @Description("问题类别 / category") IssueCategory category,
        @NonNull @Description("问题描述 / description") String description,
        @NonNull @Description("责任单位 / responsible unit") String responsibleUnit,
        @NonNull @Description("办结时限 / deadline") LocalDate deadline) {
}
