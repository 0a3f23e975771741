package cn.yuanqu.enterprises.finance;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of loans. */
@Description("贷款台账分页 / a page of loans")
public record LoanPage(@NonNull List<@NonNull LoanView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static LoanPage of(Page<LoanView> p) {
        return new LoanPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
