package cn.yuanqu.land.factory;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Of one charge of a lease, as of a day: due by then, paid against it by then, and the arrears. */
@Name("LeaseBalance")
@Description("收费结余 / a charge's balance")
@Schema(name = "LeaseBalance", description = "收费结余：截至当日应收、已收、欠缴 / due, paid and in arrears as of a day")
public record Balance(
        @NonNull @Description("收费项目 / charge") ChargeKind kind,
        @NonNull @Description("项目名称 / charge name") String kindName,
        @NonNull @Description("应收（元） / due") BigDecimal due,
        @NonNull @Description("已收（元） / paid") BigDecimal paid,
        @NonNull @Description("欠缴（元） / arrears") BigDecimal arrears) {
}
