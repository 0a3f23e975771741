package cn.yuanqu.gateway.enterprises.request;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Filters of the request ledger; all optional, combined with AND. */
@Description("诉求台账筛选 / request ledger filters")
@Input("RequestFilterInput")
public record RequestFilterInput(
        @Id @Description("企业ID / enterprise id") String enterpriseId,
        @Description("类别 / category") RequestCategory category,
        @Description("状态 / status") RequestStatus status,
        @Description("承办人 / assignee") String assignee,
        @Description("提交日期起 / submitted from") LocalDate submittedFrom,
        @Description("提交日期止 / submitted to") LocalDate submittedTo,
        @Description("仅今天超期的 / only those overdue today") Boolean overdue) {
}
