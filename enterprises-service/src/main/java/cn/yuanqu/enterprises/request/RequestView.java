package cn.yuanqu.enterprises.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request as the API shows it; {@code overdue} is computed for today. */
@Name("ServiceRequest")
@Description("企业诉求 / an enterprise's request")
@Schema(name = "ServiceRequest", description = "企业诉求 / an enterprise's request")
public record RequestView(
        @NonNull @Id String id,
        @NonNull String park,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @Id @Description("走访记录ID / the visit that raised it") String visitId,
        @NonNull @Description("类别 / category") RequestCategory category,
        @NonNull @Description("类别名称 / category name") String categoryName,
        @NonNull @Description("来源 / channel") RequestChannel channel,
        @NonNull @Description("诉求事项 / title") String title,
        @Description("详细描述 / description") String description,
        @NonNull @Description("提交日期 / submitted on") LocalDate submittedOn,
        @NonNull @Description("状态 / status") RequestStatus status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @NonNull @Description("当前状态起始日期 / since") LocalDate statusSince,
        @Description("承办人 / assignee") String assignee,
        @Description("办理时限 / deadline") LocalDate deadline,
        @Description("受理日期 / accepted on") LocalDate acceptedOn,
        @Description("办理结果 / resolution") String resolution,
        @Description("办结日期 / closed on") LocalDate closedOn,
        @Description("退回日期 / returned on") LocalDate returnedOn,
        @Description("满意度 1–5 / satisfaction") Integer satisfaction,
        @Description("评价意见 / rating comment") String ratingComment,
        @NonNull @Description("今天是否超期 / overdue today") Boolean overdue,
        @NonNull @Description("版本号 / version") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {

    static RequestView of(ServiceRequest r, LocalDate today) {
        return new RequestView(r.getId().toString(), r.getParkId(), r.getEnterpriseId().toString(),
                r.getVisitId() == null ? null : r.getVisitId().toString(), r.getCategory(), r.getCategory().label(),
                r.getChannel(), r.getTitle(), r.getDescription(), r.getSubmittedOn(), r.getStatus(),
                r.getStatus().label(), r.getStatusSince(), r.getAssignee(), r.getDeadline(), r.getAcceptedOn(),
                r.getResolution(), r.getClosedOn(), r.getReturnedOn(),
                r.getSatisfaction() == null ? null : r.getSatisfaction().intValue(), r.getRatingComment(),
                r.overdueOn(today), r.getVersion(), r.getUpdatedAt());
    }
}
