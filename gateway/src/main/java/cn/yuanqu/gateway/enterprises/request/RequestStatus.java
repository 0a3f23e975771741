package cn.yuanqu.gateway.enterprises.request;

import org.eclipse.microprofile.graphql.Description;

/** Steps of a request (诉求). */
@Description("诉求状态 / status of a request")
public enum RequestStatus {
    @Description("已提交 / submitted")
    SUBMITTED,
    @Description("已受理 / accepted")
    ACCEPTED,
    @Description("办理中 / in progress")
    IN_PROGRESS,
    @Description("已办结 / closed")
    CLOSED,
    @Description("已评价 / rated")
    RATED,
    @Description("退回 / returned")
    RETURNED
}
