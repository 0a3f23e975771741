package cn.yuanqu.projects.project;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of the stage machine: the next stage of the track, 停缓建 or 终止 (both need a reason), or resuming. */
@Name("StageTransitionInput")
@Description("项目阶段变更 / a step of a project's stage machine")
@Schema(name = "StageTransition", description = "项目阶段变更 / a step of a project's stage machine")
public record StageTransitionInput(
        @NonNull @NotNull @Description("目标阶段 / target stage") @Schema(required = true) ProjectStage to,
        @NonNull @NotNull @PastOrPresent @Description("实际日期 / the date it happened") @Schema(required = true) LocalDate effectiveDate,
        @Size(max = 1000) @Description("说明（停缓建、终止时必填） / note, required to suspend or terminate") @Schema(maxLength = 1000) String reason) {
}
