package cn.yuanqu.enterprises.agency;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of matters. */
@Description("帮代办台账分页 / a page of matters")
public record AgencyPage(@NonNull List<@NonNull AgencyView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static AgencyPage of(Page<AgencyView> p) {
        return new AgencyPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
