package cn.yuanqu.gateway.land;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of the parcel ledger. */
@Description("宗地台账分页 / a page of parcels")
public record ParcelPage(
        @NonNull @Description("本页条目 / items") List<@NonNull Parcel> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
