package cn.yuanqu.land.factory;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A due of a lease with what has been paid against it. */
@Name("LeaseDue")
@Description("应收 / a due")
@Schema(name = "LeaseDue", description = "应收及已收 / a due and what was paid")
public record DueView(
        @NonNull @Description("收费项目 / charge") ChargeKind kind,
        @Description("所属月份 / month") String period,
        @NonNull @Description("应收日期 / due on") LocalDate dueOn,
        @NonNull @Description("应收金额 / amount") BigDecimal amount,
        @NonNull @Description("已收 / paid") BigDecimal paid,
        @NonNull @Description("未收 / outstanding") BigDecimal outstanding) {
}
