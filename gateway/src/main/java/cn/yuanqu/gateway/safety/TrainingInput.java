package cn.yuanqu.gateway.safety;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A training or warning-education session with the enterprises that attended. */
@Input("TrainingInput")
@Description("安全培训或警示教育 / a training or warning-education session")
public record TrainingInput(
        @NonNull @Description("类型 / kind") TrainingKind kind,
        @NonNull @Description("日期 / held on") LocalDate heldOn,
        @NonNull @Description("主题 / title") String title,
        @Description("组织单位 / organiser") String organiser,
        @Description("备注 / notes") String notes,
        @NonNull @Description("参加企业 / the enterprises that attended") List<@NonNull AttendeeInput> attendees) {

    /** An enterprise that attended, with how many of its people. */
    @Input("AttendeeInput")
    @Description("参加企业 / an attending enterprise")
    public record AttendeeInput(
            @NonNull @Description("企业ID / enterprise id") String enterpriseId,
            @NonNull @Description("参加人数 / people") Integer people) {
    }
}
