package cn.yuanqu.enterprises.finance;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of payouts. */
@Description("政策兑现台账分页 / a page of payouts")
public record PayoutPage(@NonNull List<@NonNull PayoutView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static PayoutPage of(Page<PayoutView> p) {
        return new PayoutPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
