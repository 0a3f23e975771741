package cn.yuanqu.gateway.enterprises.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of the Visit ledger. */
@Description("走访记录分页 / a page of visits")
public record VisitPage(
        @NonNull @Description("本页条目 / items") List<@NonNull Visit> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
