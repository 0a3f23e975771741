package cn.yuanqu.gateway.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A loan issued under a park scheme. The enterprise is named by id or, as banks and departments know it, by credit code. Pushing the same contract again changes nothing (idempotent) (enterprises-service's {@code LoanInput}). */
@Description("贷款发放 / a loan issued")
@Input("LoanInput")
public record LoanInput(
        @Id @Description("企业ID（或填统一社会信用代码） / enterprise id, or the credit code") String enterpriseId,
        @Description("统一社会信用代码 / credit code") String creditCode,
        @NonNull @Description("贷款产品 / scheme") LoanScheme scheme,
        @Description("产品名称（其他时必填） / scheme name, required for OTHER") String schemeName,
        @NonNull @Description("贷款银行 / bank") String bank,
        @NonNull @Description("借款合同号 / contract number") String contractNo,
        @NonNull @Description("金额（元） / amount in yuan") BigDecimal amount,
        @NonNull @Description("发放日期 / issued on") LocalDate issuedOn,
        @NonNull @Description("到期日期 / due on") LocalDate dueOn) {
}
