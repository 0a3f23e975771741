package cn.yuanqu.gateway.projects;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A step of a project's stage machine: the next stage of its track, 停缓建 or 终止 (with a reason), or resuming. */
@Description("项目阶段变更 / a step of a project's stage machine")
@Input("StageTransitionInput")
public record StageTransitionInput(
        @NonNull @Description("目标阶段（须为项目 nextStages 之一） / target stage, one of the project's nextStages") ProjectStage to,
        @NonNull @Description("实际日期，不晚于今天 / the date it happened, not in the future") LocalDate effectiveDate,
        @Description("说明（停缓建、终止时必填） / note, required to suspend or terminate") String reason) {
}
