package cn.yuanqu.gateway.projects;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of the lead ledger. */
@Description("招商线索分页 / a page of leads")
public record LeadPage(
        @NonNull @Description("本页线索 / items") List<@NonNull Lead> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
