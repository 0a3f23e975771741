package cn.yuanqu.gateway.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A policy payout; the reference (兑现文号/凭证号) makes a repeated push harmless (enterprises-service's {@code PayoutInput}). */
@Description("惠企政策兑现 / a policy payout")
@Input("PayoutInput")
public record PayoutInput(
        @Id @Description("企业ID（或填统一社会信用代码） / enterprise id, or the credit code") String enterpriseId,
        @Description("统一社会信用代码 / credit code") String creditCode,
        @NonNull @Description("政策名称 / policy") String policy,
        @NonNull @Description("金额（元） / amount in yuan") BigDecimal amount,
        @NonNull @Description("兑现日期 / paid on") LocalDate paidOn,
        @NonNull @Description("兑现凭证号（园区内唯一） / reference, unique in the park") String reference) {
}
