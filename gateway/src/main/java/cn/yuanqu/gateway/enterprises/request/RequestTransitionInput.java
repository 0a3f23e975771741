package cn.yuanqu.gateway.enterprises.request;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A step of handling a request: 受理, 办理中, 办结 or 退回. */
@Description("诉求办理步骤 / a step of handling a request")
@Input("RequestTransitionInput")
public record RequestTransitionInput(
        @NonNull @Description("目标状态 ACCEPTED/IN_PROGRESS/CLOSED/RETURNED / target status") RequestStatus to,
        @NonNull @Description("日期 / date of the step") LocalDate effectiveDate,
        @Description("承办人（受理时必填） / assignee, required to accept") String assignee,
        @Description("办理时限（受理时必填） / deadline, required to accept") LocalDate deadline,
        @Description("更正类别（受理时） / corrected category when accepting") RequestCategory category,
        @Description("办理结果（办结时必填） / resolution, required to close") String resolution,
        @Description("说明（退回时必填） / reason, required to return") String reason) {
}
