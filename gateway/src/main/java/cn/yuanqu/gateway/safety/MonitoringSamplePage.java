package cn.yuanqu.gateway.safety;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of samples. */
@Description("监测样品分页 / a page of samples")
public record MonitoringSamplePage(
        @NonNull @Description("本页样品 / items") List<@NonNull MonitoringSample> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
