package cn.yuanqu.gateway.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A loan with its recoveries; {@code overdue} is computed for today (enterprises-service's {@code Loan}). */
@Description("园区贷款 / a loan under a park scheme")
public record Loan(
        @NonNull @Id @Description("ID") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("贷款产品 / scheme") LoanScheme scheme,
        @NonNull @Description("产品名称 / scheme name") String schemeName,
        @NonNull @Description("贷款银行 / bank") String bank,
        @NonNull @Description("借款合同号 / contract number") String contractNo,
        @NonNull @Description("金额（元） / amount in yuan") BigDecimal amount,
        @NonNull @Description("发放日期 / issued on") LocalDate issuedOn,
        @NonNull @Description("到期日期 / due on") LocalDate dueOn,
        @NonNull @Description("状态 / status") LoanStatus status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @Description("结清日期 / repaid on") LocalDate repaidOn,
        @Description("转不良日期 / non-performing since") LocalDate nonPerformingOn,
        @Description("追偿终结日期 / recovery settled on") LocalDate settledOn,
        @NonNull @Description("今天是否逾期 / overdue today") Boolean overdue,
        @NonNull @Description("已追偿金额（元） / recovered so far") BigDecimal recovered,
        @NonNull @Description("追偿回款 / recoveries") List<@NonNull LoanRecovery> recoveries,
        @NonNull @Description("版本号 / version") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
