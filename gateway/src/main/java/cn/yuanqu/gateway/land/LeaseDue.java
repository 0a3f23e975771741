package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An amount a lease owes on a date. */
@Description("应收 / a due")
public record LeaseDue(
        @NonNull @Description("收费项目 / charge") LeaseChargeKind kind,
        @Description("所属月份 / month") String period,
        @NonNull @Description("应收日期 / due on") LocalDate dueOn,
        @NonNull @Description("应收金额（元） / amount") BigDecimal amount,
        @NonNull @Description("已收（元） / paid") BigDecimal paid,
        @NonNull @Description("未收（元） / outstanding") BigDecimal outstanding) {
}
