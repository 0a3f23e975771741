package cn.yuanqu.safety.hazard;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of the hazard ledger. */
@Description("隐患台账分页 / a page of hazards")
public record HazardPage(@NonNull List<@NonNull HazardView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static HazardPage of(Page<HazardView> p) {
        return new HazardPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
