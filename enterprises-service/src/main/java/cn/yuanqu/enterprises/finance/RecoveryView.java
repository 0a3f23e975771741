package cn.yuanqu.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recovery as the API shows it. */
@Name("LoanRecovery")
@Description("追偿回款 / an amount recovered")
@Schema(name = "LoanRecovery", description = "追偿回款 / an amount recovered")
public record RecoveryView(
        @NonNull @Description("回款日期 / recovered on") LocalDate recoveredOn,
        @NonNull @Description("金额（元） / amount in yuan") BigDecimal amount,
        @Description("说明 / note") String note,
        @NonNull @Description("登记人 / recorded by") String actor) {

    static RecoveryView of(LoanRecovery r) {
        return new RecoveryView(r.getRecoveredOn(), r.getAmount(), r.getNote(), r.getActor());
    }
}
