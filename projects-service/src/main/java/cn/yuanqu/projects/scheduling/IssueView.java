package cn.yuanqu.projects.scheduling;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issue as the API shows it; {@code overdue} is computed for today. */
@Name("ProjectIssue")
@Description("项目问题（会议交办） / an issue raised for a project")
@Schema(name = "ProjectIssue", description = "项目问题（会议交办） / an issue raised for a project")
public record IssueView(
        @NonNull @Id String id,
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
        @NonNull @Description("版本号 / version") Long version) {

    static IssueView of(MeetingIssue i, LocalDate today) {
        return new IssueView(i.getId().toString(), i.getParkId(), i.getMeetingId().toString(),
                i.getProjectId().toString(), i.getCategory(), i.getCategory().label(), i.getDescription(),
                i.getResponsibleUnit(), i.getDeadline(), i.getStatus(), i.getStatus().label(), i.getResolution(),
                i.getResolvedOn(), i.overdueOn(today), i.getVersion());
    }
}
