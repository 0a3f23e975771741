package cn.yuanqu.enterprises.request;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An officer's step: 受理 (assignee and deadline required; the category may be corrected), 开始办理,
 * 办结 (resolution required) or 退回 (reason required).
 */
@Name("RequestTransitionInput")
@Description("诉求办理步骤 / a step of handling a request")
@Schema(name = "RequestTransition", description = "诉求办理步骤 / a step of handling a request")
public record RequestTransitionInput(
        @NonNull @NotNull @Description("目标状态 ACCEPTED/IN_PROGRESS/CLOSED/RETURNED / target status") @Schema(required = true) RequestStatus to,
        @NonNull @NotNull @PastOrPresent @Description("日期 / date of the step") @Schema(required = true) LocalDate effectiveDate,
        @Size(max = 100) @Description("承办人（受理时必填） / assignee, required to accept") @Schema(maxLength = 100) String assignee,
        @Description("办理时限（受理时必填） / deadline, required to accept") LocalDate deadline,
        @Description("更正类别（受理时） / corrected category when accepting") RequestCategory category,
        @Size(max = 4000) @Description("办理结果（办结时必填） / resolution, required to close") @Schema(maxLength = 4000) String resolution,
        @Size(max = 500) @Description("说明（退回时必填） / reason, required to return") @Schema(maxLength = 500) String reason) {
}
