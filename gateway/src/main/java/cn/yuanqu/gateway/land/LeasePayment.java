package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A payment recorded against a lease. */
@Description("收款 / a payment")
public record LeasePayment(
        @NonNull @Id @Description("收款ID / payment id") String id,
        @NonNull @Description("收费项目 / charge") LeaseChargeKind kind,
        @Description("所属月份 / month") String period,
        @NonNull @Description("金额（元） / amount") BigDecimal amount,
        @NonNull @Description("收款日期 / paid on") LocalDate paidOn,
        @NonNull @Description("收据编号 / receipt") String receiptNo,
        @NonNull @Description("记录人 / recorded by") String recordedBy) {
}
