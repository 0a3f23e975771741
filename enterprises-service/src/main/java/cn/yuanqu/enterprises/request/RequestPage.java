package cn.yuanqu.enterprises.request;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of the request ledger. */
@Description("诉求台账分页 / a page of requests")
public record RequestPage(@NonNull List<@NonNull RequestView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static RequestPage of(Page<RequestView> p) {
        return new RequestPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
