package cn.yuanqu.gateway.safety;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of the hazard ledger. */
@Description("隐患台账分页 / a page of hazards")
public record HazardPage(
        @NonNull @Description("本页隐患 / items") List<@NonNull Hazard> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
