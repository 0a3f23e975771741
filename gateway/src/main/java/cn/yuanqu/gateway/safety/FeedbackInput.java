package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A feedback item as recorded from the inspection's list. */
@Input("FeedbackInput")
@Description("督察反馈问题 / an inspection-feedback item")
public record FeedbackInput(
        @NonNull @Description("来源 / source") FeedbackSource source,
        @Description("轮次，如 第二轮第一批 / batch") String batch,
        @NonNull @Description("问题编号（园区内唯一） / number, unique in the park") String code,
        @NonNull @Description("问题描述 / description") String description,
        @Description("涉及企业ID（可无） / enterprise concerned, if any") String enterpriseId,
        @NonNull @Description("责任单位 / responsible unit") String responsibleUnit,
        @NonNull @Description("整改时限 / deadline") LocalDate deadline,
        @Description("交办日期（默认今天） / received on, today by default") LocalDate receivedOn) {
}
