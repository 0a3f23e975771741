package cn.yuanqu.gateway.projects;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An issue raised for a project in a meeting (会议交办); {@code overdue} is computed by the service for today. */
@Description("项目问题（会议交办） / an issue raised for a project")
public record ProjectIssue(
        @NonNull @Id @Description("问题ID / issue id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Id @Description("会议ID / meeting") String meetingId,
        @NonNull @Id @Description("项目ID / project") String projectId,
        @NonNull @Description("类别 / category") IssueCategory category,
        @NonNull @Description("类别名称 / category name") String categoryName,
        @NonNull @Description("问题描述 / description") String description,
        @NonNull @Description("责任单位 / responsible unit") String responsibleUnit,
        @NonNull @Description("办结时限 / deadline") LocalDate deadline,
        @NonNull @Description("状态 / status") IssueStatus status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @Description("解决情况 / resolution") String resolution,
        @Description("解决日期 / resolved on") LocalDate resolvedOn,
        @NonNull @Description("今天是否超期 / overdue today") Boolean overdue,
        @NonNull @Description("版本号（解决时传回） / version, pass it back to resolve") Long version) {
}
