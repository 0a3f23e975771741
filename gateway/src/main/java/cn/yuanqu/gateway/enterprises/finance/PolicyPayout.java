package cn.yuanqu.gateway.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A policy payout as the API shows it (enterprises-service's {@code PolicyPayout}). */
@Description("惠企政策兑现 / a policy payout")
public record PolicyPayout(
        @NonNull @Id @Description("ID") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("政策名称 / policy") String policy,
        @NonNull @Description("金额（元） / amount in yuan") BigDecimal amount,
        @NonNull @Description("兑现日期 / paid on") LocalDate paidOn,
        @NonNull @Description("兑现凭证号 / reference") String reference) {
}
