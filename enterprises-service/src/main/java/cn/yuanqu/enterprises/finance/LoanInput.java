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

/**
 * A loan issued under a park scheme. The enterprise is named by id or, as banks and departments
 * know it, by credit code. Pushing the same contract again changes nothing (idempotent).
 */
@Name("LoanInput")
@Description("贷款发放 / a loan issued")
@Schema(name = "LoanInput", description = "贷款发放 / a loan issued")
public record LoanInput(
        @Id @Description("企业ID（或填统一社会信用代码） / enterprise id, or the credit code") String enterpriseId,
        @Size(max = 18) @Description("统一社会信用代码 / credit code") @Schema(maxLength = 18) String creditCode,
        @NonNull @NotNull @Description("贷款产品 / scheme") @Schema(required = true) LoanScheme scheme,
        @Size(max = 100) @Description("产品名称（其他时必填） / scheme name, required for OTHER") @Schema(maxLength = 100) String schemeName,
        @NonNull @NotBlank @Size(max = 100) @Description("贷款银行 / bank") @Schema(required = true, maxLength = 100) String bank,
        @NonNull @NotBlank @Size(max = 100) @Description("借款合同号 / contract number") @Schema(required = true, maxLength = 100) String contractNo,
        @NonNull @NotNull @Positive @Digits(integer = 16, fraction = 2) @Description("金额（元） / amount in yuan") @Schema(required = true) BigDecimal amount,
        @NonNull @NotNull @PastOrPresent @Description("发放日期 / issued on") @Schema(required = true) LocalDate issuedOn,
        @NonNull @NotNull @Description("到期日期 / due on") @Schema(required = true) LocalDate dueOn) {
}
