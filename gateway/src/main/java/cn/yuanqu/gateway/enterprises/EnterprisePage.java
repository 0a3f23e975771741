package cn.yuanqu.gateway.enterprises;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of enterprises. */
@Description("企业分页列表 / a page of enterprises")
public record EnterprisePage(
        @NonNull @Description("本页企业 / items") List<@NonNull Enterprise> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
