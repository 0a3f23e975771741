package cn.yuanqu.gateway.safety;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A recorded step of a hazard. */
@Description("隐患处置记录 / a recorded step of a hazard")
public record HazardEvent(
        @NonNull @Description("RAISED/PLAN/RECTIFICATION/REVIEW_FAILED/REVIEW_PASSED/CLOSING_APPROVED/ESCALATION / kind") String kind,
        @Description("原状态 / from") HazardStatus from,
        @Description("新状态 / to") HazardStatus to,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("说明 / text") String text,
        @NonNull @Description("操作人 / by") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {
}
