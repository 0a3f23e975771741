package cn.yuanqu.safety.monitoring;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of samples. */
@Description("监测样品分页 / a page of samples")
public record SamplePage(@NonNull List<@NonNull SampleView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static SamplePage of(Page<SampleView> p) {
        return new SamplePage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
