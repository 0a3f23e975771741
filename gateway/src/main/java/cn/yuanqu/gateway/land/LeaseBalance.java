package cn.yuanqu.gateway.land;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What a lease owes for one charge today. */
@Description("收费结余 / a charge's balance")
public record LeaseBalance(
        @NonNull @Description("收费项目 / charge") LeaseChargeKind kind,
        @NonNull @Description("项目名称 / charge name") String kindName,
        @NonNull @Description("应收（元） / due") BigDecimal due,
        @NonNull @Description("已收（元） / paid") BigDecimal paid,
        @NonNull @Description("欠缴（元） / arrears") BigDecimal arrears) {
}
