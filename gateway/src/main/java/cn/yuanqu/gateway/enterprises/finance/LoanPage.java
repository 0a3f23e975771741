package cn.yuanqu.gateway.enterprises.finance;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of the Loan ledger. */
@Description("贷款台账分页 / a page of loans")
public record LoanPage(
        @NonNull @Description("本页条目 / items") List<@NonNull Loan> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
