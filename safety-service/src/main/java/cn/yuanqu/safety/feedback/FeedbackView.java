package cn.yuanqu.safety.feedback;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feedback item as the API shows it; {@code overdue} is computed for today. */
@Name("FeedbackItem")
@Description("督察反馈问题 / an inspection-feedback item")
@Schema(name = "FeedbackItem", description = "督察反馈问题 / an inspection-feedback item")
public record FeedbackView(
        @NonNull @Id String id,
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

    static FeedbackView of(FeedbackItem f, LocalDate today) {
        return new FeedbackView(f.getId().toString(), f.getSource(), f.getSource().label(), f.getBatch(), f.getCode(),
                f.getDescription(), f.getEnterpriseId() == null ? null : f.getEnterpriseId().toString(),
                f.getEnterpriseName(), f.getResponsibleUnit(), f.getDeadline(), f.getStatus(), f.getStatus().label(),
                f.getStatusSince(), f.getMeasures(), f.getClosedOn(), f.overdueOn(today), f.getVersion());
    }
}
