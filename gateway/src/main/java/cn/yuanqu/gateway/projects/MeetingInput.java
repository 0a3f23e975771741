package cn.yuanqu.gateway.projects;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A meeting as recorded. */
@Description("调度会议 / a scheduling meeting")
@Input("MeetingInput")
public record MeetingInput(
        @NonNull @Description("会议类型 / kind") MeetingKind kind,
        @NonNull @Description("召开日期，不晚于今天 / held on, not in the future") LocalDate heldOn,
        @NonNull @Description("会议名称 / title") String title,
        @Description("主持人 / chair") String chair,
        @Description("参会人员 / attendees") String attendees,
        @Description("会议纪要 / notes") String notes) {
}
