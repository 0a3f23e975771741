package cn.yuanqu.gateway.enterprises.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An enterprise's request (诉求) to the park, as enterprises-service owns it. */
@Description("企业诉求 / a request of an enterprise")
public record ServiceRequest(
        @NonNull @Id @Description("ID") String id,
        @NonNull @Description("园区 / park") String park,
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
        @NonNull @Description("版本号（乐观锁，修改时传回） / version, pass it back when changing") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
