package cn.yuanqu.safety.feedback;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of a feedback item: rectified (with the measures), closed, or sent back (with the reason). */
@Name("FeedbackStepInput")
@Description("反馈问题处置 / a step of a feedback item")
@Schema(name = "FeedbackStep", description = "反馈问题处置 / a step of a feedback item")
public record FeedbackStepInput(
        @NonNull @NotNull @Description("目标状态 / target status") @Schema(required = true) FeedbackStatus to,
        @NonNull @NotNull @PastOrPresent @Description("日期 / date") @Schema(required = true) LocalDate effectiveDate,
        @Size(max = 4000) @Description("整改措施（已整改时必填）或退回原因 / measures, or the reason it is sent back") @Schema(maxLength = 4000) String text) {
}
