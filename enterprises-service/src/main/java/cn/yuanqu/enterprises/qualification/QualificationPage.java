package cn.yuanqu.enterprises.qualification;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of the qualification ledger. */
@Description("资质荣誉分页 / a page of qualifications")
public record QualificationPage(
        @NonNull List<@NonNull QualificationView> items,
        @NonNull Integer page,
        @NonNull Integer size,
        @NonNull Long total,
        @NonNull Integer totalPages) {

    static QualificationPage of(Page<QualificationView> p) {
        return new QualificationPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
