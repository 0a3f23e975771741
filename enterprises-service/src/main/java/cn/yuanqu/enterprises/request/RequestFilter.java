package cn.yuanqu.enterprises.request;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Filters of the request ledger; all optional. */
@Name("RequestFilterInput")
@Description("诉求台账筛选 / request ledger filters")
public record RequestFilter(
        @Description("企业ID / enterprise id") String enterpriseId,
        @Description("类别 / category") RequestCategory category,
        @Description("状态 / status") RequestStatus status,
        @Description("承办人 / assignee") String assignee,
        @Description("提交日期起 / submitted from") LocalDate submittedFrom,
        @Description("提交日期止 / submitted to") LocalDate submittedTo,
        @Description("仅今天超期的 / only those overdue today") Boolean overdue) {

    static final RequestFilter NONE = new RequestFilter(null, null, null, null, null, null, null);
}
