package cn.yuanqu.gateway.projects;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of meetings. */
@Description("会议分页 / a page of meetings")
public record MeetingPage(
        @NonNull @Description("本页会议 / items") List<@NonNull Meeting> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {
}
