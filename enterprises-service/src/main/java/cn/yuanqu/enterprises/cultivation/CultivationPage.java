package cn.yuanqu.enterprises.cultivation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of the cultivation pool. */
@Description("培育库分页 / a page of the cultivation pool")
public record CultivationPage(@NonNull List<@NonNull CultivationView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static CultivationPage of(Page<CultivationView> p) {
        return new CultivationPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
