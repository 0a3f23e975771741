package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A feedback item as the API shows it; {@code overdue} is computed for today. */
@Description("督察反馈问题 / an inspection-feedback item")
public record FeedbackItem(
        @NonNull @Id @Description("问题ID / item id") String id,
        @NonNull @Description("来源 / source") FeedbackSource source,
        @NonNull @Description("来源名称 / source name") String sourceName,
        @Description("轮次 / batch") String batch,
        @NonNull @Description("问题编号 / number") String code,
        @NonNull @Description("问题描述 / description") String description,
        @Id @Description("涉及企业ID / enterprise id") String enterpriseId,
        @Description("涉及企业 / enterprise") String enterpriseName,
        @NonNull @Description("责任单位 / responsible unit") String responsibleUnit,
        @NonNull @Description("整改时限 / deadline") LocalDate deadline,
        @NonNull @Description("状态 / status") FeedbackStatus status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @NonNull @Description("当前状态起始日期 / since") LocalDate statusSince,
        @Description("整改措施 / measures") String measures,
        @Description("销号日期 / closed on") LocalDate closedOn,
        @NonNull @Description("今天是否逾期 / overdue today") Boolean overdue,
        @NonNull @Description("版本号 / version") Long version) {
}
