package cn.yuanqu.projects.promotion;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of promotion activities. */
@Description("招商活动分页 / a page of promotion activities")
public record ActivityPage(@NonNull List<@NonNull ActivityView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static ActivityPage of(Page<ActivityView> p) {
        return new ActivityPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
