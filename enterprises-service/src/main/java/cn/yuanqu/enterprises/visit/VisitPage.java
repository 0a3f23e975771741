package cn.yuanqu.enterprises.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of visits. */
@Description("走访记录分页 / a page of visits")
public record VisitPage(@NonNull List<@NonNull VisitView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static VisitPage of(Page<VisitView> p) {
        return new VisitPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
