package cn.yuanqu.gateway.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An amount recovered on a non-performing loan (enterprises-service's {@code RecoveryInput}). */
@Description("追偿回款 / an amount recovered")
@Input("RecoveryInput")
public record RecoveryInput(
        @NonNull @Description("回款日期 / recovered on") LocalDate recoveredOn,
        @NonNull @Description("金额（元） / amount in yuan") BigDecimal amount,
        @Description("说明 / note") String note) {
}
