package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A step of a feedback item: rectified (with the measures), closed, or sent back (with the reason). */
@Input("FeedbackStepInput")
@Description("反馈问题处置 / a step of a feedback item")
public record FeedbackStepInput(
        @NonNull @Description("目标状态 / target status") FeedbackStatus to,
        @NonNull @Description("日期 / date") LocalDate effectiveDate,
        @Description("整改措施（已整改时必填）或退回原因 / measures, or the reason it is sent back") String text) {
}
