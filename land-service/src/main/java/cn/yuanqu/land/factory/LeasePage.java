package cn.yuanqu.land.factory;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of leases. */
@Description("厂房租赁分页 / a page of leases")
public record LeasePage(@NonNull List<@NonNull LeaseView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static LeasePage of(Page<LeaseView> p) {
        return new LeasePage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
