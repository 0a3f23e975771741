package cn.yuanqu.projects.scheduling;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting as the API shows it. */
@Name("Meeting")
@Description("调度会议 / a scheduling meeting")
@Schema(name = "Meeting", description = "调度会议 / a scheduling meeting")
public record MeetingView(
        @NonNull @Id String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("会议类型 / kind") MeetingKind kind,
        @NonNull @Description("会议类型名称 / kind name") String kindName,
        @NonNull @Description("召开日期 / held on") LocalDate heldOn,
        @NonNull @Description("会议名称 / title") String title,
        @Description("主持人 / chair") String chair,
        @Description("参会人员 / attendees") String attendees,
        @Description("会议纪要 / notes") String notes,
        @NonNull @Description("记录人 / recorded by") String recordedBy) {

    static MeetingView of(Meeting m) {
        return new MeetingView(m.getId().toString(), m.getParkId(), m.getKind(), m.getKind().label(), m.getHeldOn(),
                m.getTitle(), m.getChair(), m.getAttendees(), m.getNotes(), m.getCreatedBy());
    }
}
