package cn.yuanqu.enterprises.eligibility;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of pre-screen results. */
@Description("预评结果分页 / a page of pre-screen results")
public record EligibilityPage(@NonNull List<@NonNull EligibilityResult> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static EligibilityPage of(Page<EligibilityResult> p) {
        return new EligibilityPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
