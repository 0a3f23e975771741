package cn.yuanqu.gateway.safety;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of the inspection ledger. */
@Description("检查记录分页 / a page of inspections")
public record InspectionPage(
        @NonNull @Description("本页检查记录 / items") List<@NonNull Inspection> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
