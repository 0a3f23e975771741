package cn.yuanqu.projects.promotion;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of the lead ledger. */
@Description("招商线索分页 / a page of leads")
public record LeadPage(@NonNull List<@NonNull LeadView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static LeadPage of(Page<LeadView> p) {
        return new LeadPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
