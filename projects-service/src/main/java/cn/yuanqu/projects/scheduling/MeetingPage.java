package cn.yuanqu.projects.scheduling;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of meetings. */
@Description("会议分页 / a page of meetings")
public record MeetingPage(@NonNull List<@NonNull MeetingView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static MeetingPage of(Page<MeetingView> p) {
        return new MeetingPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
