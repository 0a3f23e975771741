package cn.yuanqu.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A policy payout; the reference (兑现文号/凭证号) makes a repeated push harmless. */
@Name("PayoutInput")
@Description("惠企政策兑现 / a policy payout")
@Schema(name = "PayoutInput", description = "惠企政策兑现 / a policy payout")
public record PayoutInput(
        @Id @Description("企业ID（或填统一社会信用代码） / enterprise id, or the credit code") String enterpriseId,
        @Size(max = 18) @Description("统一社会信用代码 / credit code") @Schema(maxLength = 18) String creditCode,
        @NonNull @NotBlank @Size(max = 200) @Description("政策名称 / policy") @Schema(required = true, maxLength = 200) String policy,
        @NonNull @NotNull @Positive @Digits(integer = 16, fraction = 2) @Description("金额（元） / amount in yuan") @Schema(required = true) BigDecimal amount,
        @NonNull @NotNull @PastOrPresent @Description("兑现日期 / paid on") @Schema(required = true) LocalDate paidOn,
        @NonNull @NotBlank @Size(max = 100) @Description("兑现凭证号（园区内唯一） / reference, unique in the park") @Schema(required = true, maxLength = 100) String reference) {
}
