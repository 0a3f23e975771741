package cn.yuanqu.land.efficiency;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of a year's results. */
@Description("亩产效益评价结果分页 / a page of results")
public record ResultPage(@NonNull List<@NonNull ResultView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static ResultPage of(Page<ResultView> p) {
        return new ResultPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
