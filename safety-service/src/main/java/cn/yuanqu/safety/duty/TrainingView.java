package cn.yuanqu.safety.duty;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A training session as the API shows it. */
@Name("Training")
@Description("安全培训或警示教育 / a training or warning-education session")
@Schema(name = "Training", description = "安全培训或警示教育 / a training or warning-education session")
public record TrainingView(
        @NonNull @Id String id,
        @NonNull @Description("类型 / kind") TrainingKind kind,
        @NonNull @Description("类型名称 / kind name") String kindName,
        @NonNull @Description("日期 / held on") LocalDate heldOn,
        @NonNull @Description("主题 / title") String title,
        @Description("组织单位 / organiser") String organiser,
        @NonNull @Description("参加企业 / attendees") List<@NonNull Attendee> attendees,
        @NonNull @Description("参加总人数 / people in all") Integer people) {

    /** An enterprise that attended. */
    @Name("TrainingAttendee")
    @Description("参加企业 / an attending enterprise")
    public record Attendee(@NonNull @Id String enterpriseId, @NonNull String enterpriseName, @NonNull Integer people) {
    }

    static TrainingView of(Training t, List<Attendance> attendance) {
        List<Attendee> list = attendance.stream()
                .map(a -> new Attendee(a.getEnterpriseId().toString(), a.getEnterpriseName(), a.getPeople())).toList();
        return new TrainingView(t.getId().toString(), t.getKind(), t.getKind().label(), t.getHeldOn(), t.getTitle(),
                t.getOrganiser(), list, list.stream().mapToInt(Attendee::people).sum());
    }
}
