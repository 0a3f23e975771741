package cn.yuanqu.gateway.projects;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** One recorded step of a project (留痕: who, when, why). */
@Description("项目阶段记录 / a recorded step of a project")
public record ProjectStageEvent(
        @Description("原阶段（登记时为空） / from, empty when recorded") ProjectStage from,
        @NonNull @Description("新阶段 / to") ProjectStage to,
        @NonNull @Description("新阶段名称 / to, name") String toName,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("说明 / note") String text,
        @Id @Description("批准的联审会议ID / the approving joint-review meeting") String meetingId,
        @NonNull @Description("操作人 / by") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {
}
