package cn.yuanqu.safety.feedback;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feedback item as recorded from the inspection's list. */
@Name("FeedbackInput")
@Description("督察反馈问题 / an inspection-feedback item")
@Schema(name = "FeedbackInput", description = "督察反馈问题 / an inspection-feedback item")
public record FeedbackInput(
        @NonNull @NotNull @Description("来源 / source") @Schema(required = true) FeedbackSource source,
        @Size(max = 50) @Description("轮次，如 第二轮第一批 / batch") @Schema(maxLength = 50) String batch,
        @NonNull @NotBlank @Size(max = 50) @Description("问题编号（园区内唯一） / number, unique in the park") @Schema(required = true, maxLength = 50) String code,
        @NonNull @NotBlank @Size(max = 4000) @Description("问题描述 / description") @Schema(required = true, maxLength = 4000) String description,
        @Description("涉及企业ID（可无） / enterprise concerned, if any") String enterpriseId,
        @NonNull @NotBlank @Size(max = 100) @Description("责任单位 / responsible unit") @Schema(required = true, maxLength = 100) String responsibleUnit,
        @NonNull @NotNull @Description("整改时限 / deadline") @Schema(required = true) LocalDate deadline,
        @PastOrPresent @Description("交办日期（默认今天） / received on, today by default") LocalDate receivedOn) {
}
