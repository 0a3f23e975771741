package cn.yuanqu.projects.project;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded step of a project. */
@Name("ProjectStageEvent")
@Description("项目阶段记录 / a recorded step of a project")
@Schema(name = "ProjectStageEvent", description = "项目阶段记录 / a recorded step of a project")
public record StageEventView(
        @Description("原阶段 / from") ProjectStage from,
        @NonNull @Description("新阶段 / to") ProjectStage to,
        @NonNull @Description("新阶段名称 / to, name") String toName,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("说明 / note") String text,
        @org.eclipse.microprofile.graphql.Id @Description("批准的联审会议ID / the approving joint-review meeting") String meetingId,
        @NonNull @Description("操作人 / by") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {

    static StageEventView of(StageEvent e) {
        ProjectStage to = ProjectStage.valueOf(e.getToStage());
        return new StageEventView(e.getFromStage() == null ? null : ProjectStage.valueOf(e.getFromStage()), to,
                to.label(), e.getOnDate(), e.getText(),
                e.getMeetingId() == null ? null : e.getMeetingId().toString(), e.getActor(), e.getRecordedAt());
    }
}
