package cn.yuanqu.gateway.projects;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A scheduling meeting of the project office (调度会议), or a joint review (联审会议). */
@Description("调度会议 / a scheduling meeting")
public record Meeting(
        @NonNull @Id @Description("会议ID / meeting id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("会议类型 / kind") MeetingKind kind,
        @NonNull @Description("会议类型名称 / kind name") String kindName,
        @NonNull @Description("召开日期 / held on") LocalDate heldOn,
        @NonNull @Description("会议名称 / title") String title,
        @Description("主持人 / chair") String chair,
        @Description("参会人员 / attendees") String attendees,
        @Description("会议纪要 / notes") String notes,
        @NonNull @Description("记录人 / recorded by") String recordedBy) {
}
