package cn.yuanqu.land.landcase;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of cases. */
@Description("处置案件分页 / a page of land cases")
public record CasePage(@NonNull List<@NonNull CaseView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static CasePage of(Page<CaseView> p) {
        return new CasePage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
