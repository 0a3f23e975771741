package cn.yuanqu.gateway.safety;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A training session as the API shows it. */
@Description("安全培训或警示教育 / a training or warning-education session")
public record SafetyTraining(
        @NonNull @Id @Description("培训ID / training id") String id,
        @NonNull @Description("类型 / kind") TrainingKind kind,
        @NonNull @Description("类型名称 / kind name") String kindName,
        @NonNull @Description("日期 / held on") LocalDate heldOn,
        @NonNull @Description("主题 / title") String title,
        @Description("组织单位 / organiser") String organiser,
        @NonNull @Description("参加企业 / attendees") List<@NonNull TrainingAttendee> attendees,
        @NonNull @Description("参加总人数 / people in all") Integer people) {

    /** An enterprise that attended. */
    @Description("参加企业 / an attending enterprise")
    public record TrainingAttendee(@NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
            @NonNull @Description("企业名称 / enterprise name") String enterpriseName,
            @NonNull @Description("参加人数 / people") Integer people) {
    }
}
