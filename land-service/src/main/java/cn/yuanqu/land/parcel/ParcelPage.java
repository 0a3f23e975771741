package cn.yuanqu.land.parcel;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of the parcel ledger. */
@Description("宗地台账分页 / a page of parcels")
public record ParcelPage(@NonNull List<@NonNull ParcelView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static ParcelPage of(Page<ParcelView> p) {
        return new ParcelPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
