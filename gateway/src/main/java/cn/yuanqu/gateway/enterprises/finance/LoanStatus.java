package cn.yuanqu.gateway.enterprises.finance;

import org.eclipse.microprofile.graphql.Description;

/** Status of a loan: 在贷 → 已结清, or 不良 (risk pool paid, recovery) → 追偿终结; overdue (逾期) is computed from the due date. */
@Description("贷款状态 / loan status")
public enum LoanStatus {
    @Description("在贷 / outstanding")
    ACTIVE,
    @Description("已结清 / repaid")
    REPAID,
    @Description("不良（追偿中） / non-performing, being recovered")
    NON_PERFORMING,
    @Description("追偿终结 / recovery settled")
    SETTLED
}
