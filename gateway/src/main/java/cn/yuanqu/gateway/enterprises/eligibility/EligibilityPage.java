package cn.yuanqu.gateway.enterprises.eligibility;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of EligibilityResult. */
@Description("预评结果分页 / a page of pre-screen results")
public record EligibilityPage(
        @NonNull @Description("本页条目 / items") List<@NonNull EligibilityResult> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
