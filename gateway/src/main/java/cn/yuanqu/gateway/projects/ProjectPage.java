package cn.yuanqu.gateway.projects;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of the project ledger. */
@Description("项目台账分页 / a page of projects")
public record ProjectPage(
        @NonNull @Description("本页项目 / items") List<@NonNull Project> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
