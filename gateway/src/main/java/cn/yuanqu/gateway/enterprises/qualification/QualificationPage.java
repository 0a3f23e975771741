package cn.yuanqu.gateway.enterprises.qualification;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of the Qualifications ledger. */
@Description("资质荣誉分页 / a page of qualifications")
public record QualificationPage(
        @NonNull @Description("本页条目 / items") List<@NonNull Qualification> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
