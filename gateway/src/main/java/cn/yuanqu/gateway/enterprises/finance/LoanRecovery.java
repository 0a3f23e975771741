package cn.yuanqu.gateway.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A recovery as the API shows it (enterprises-service's {@code LoanRecovery}). */
@Description("追偿回款 / an amount recovered")
public record LoanRecovery(
        @NonNull @Description("回款日期 / recovered on") LocalDate recoveredOn,
        @NonNull @Description("金额（元） / amount in yuan") BigDecimal amount,
        @Description("说明 / note") String note,
        @NonNull @Description("登记人 / recorded by") String actor) {
}
