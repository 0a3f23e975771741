package cn.yuanqu.land.factory;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded payment. */
@Name("LeasePayment")
@Description("收款 / a payment")
@Schema(name = "LeasePayment", description = "收款记录 / a payment")
public record PaymentView(
        @NonNull @Id String id,
        @NonNull @Description("收费项目 / charge") ChargeKind kind,
        @Description("所属月份 / month") String period,
        @NonNull @Description("金额 / amount") BigDecimal amount,
        @NonNull @Description("收款日期 / paid on") LocalDate paidOn,
        @NonNull @Description("收据编号 / receipt") String receiptNo,
        @NonNull @Description("记录人 / recorded by") String recordedBy) {

    static PaymentView of(LeasePayment p) {
        return new PaymentView(p.getId().toString(), p.getKind(), p.getPeriod(), p.getAmount(), p.getPaidOn(), p.getReceiptNo(),
                p.getRecordedBy());
    }
}
