package cn.yuanqu.enterprises.finance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 结清, 转不良 or 追偿终结. */
@Name("LoanTransitionInput")
@Description("贷款状态变更 / loan status change")
@Schema(name = "LoanTransition", description = "贷款状态变更 / loan status change")
public record LoanTransitionInput(
        @NonNull @NotNull @Description("目标状态 / target status") @Schema(required = true) LoanStatus to,
        @NonNull @NotNull @PastOrPresent @Description("日期 / date") @Schema(required = true) LocalDate on,
        @Size(max = 500) @Description("说明 / reason") @Schema(maxLength = 500) String reason) {
}
