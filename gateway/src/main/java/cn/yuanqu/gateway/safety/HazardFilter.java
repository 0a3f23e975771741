package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Filters of the hazard ledger. */
@Input("HazardFilter")
@Description("隐患筛选 / hazard filters")
public record HazardFilter(
        @Description("状态 / status") HazardStatus status,
        @Description("等级 / level") HazardLevel level,
        @Description("企业ID / enterprise id") String enterpriseId,
        @Description("检查记录ID / inspection id") String inspectionId,
        @Description("今天逾期未销号 / overdue today") Boolean overdue,
        @Description("发现日期不早于 / found from") LocalDate foundFrom,
        @Description("发现日期不晚于 / found to") LocalDate foundTo) {
}
