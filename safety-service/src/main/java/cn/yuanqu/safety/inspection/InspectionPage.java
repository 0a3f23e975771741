package cn.yuanqu.safety.inspection;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of the inspection ledger. */
@Description("检查记录分页 / a page of inspections")
public record InspectionPage(@NonNull List<@NonNull InspectionView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static InspectionPage of(Page<InspectionView> p) {
        return new InspectionPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
