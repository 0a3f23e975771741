package cn.yuanqu.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A policy payout as the API shows it. */
@Name("PolicyPayout")
@Description("惠企政策兑现 / a policy payout")
@Schema(name = "PolicyPayout", description = "惠企政策兑现 / a policy payout")
public record PayoutView(
        @NonNull @Id String id,
        @NonNull String park,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("政策名称 / policy") String policy,
        @NonNull @Description("金额（元） / amount in yuan") BigDecimal amount,
        @NonNull @Description("兑现日期 / paid on") LocalDate paidOn,
        @NonNull @Description("兑现凭证号 / reference") String reference) {

    static PayoutView of(PolicyPayout p) {
        return new PayoutView(p.getId().toString(), p.getParkId(), p.getEnterpriseId().toString(), p.getPolicy(),
                p.getAmount(), p.getPaidOn(), p.getReference());
    }
}
