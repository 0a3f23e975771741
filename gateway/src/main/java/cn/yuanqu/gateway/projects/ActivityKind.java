package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;

/** Promotion activities as the reports count them. */
@Description("招商活动类型 / promotion activity kind")
public enum ActivityKind {
    @Description("外出招商 / an outbound promotion trip")
    TRIP,
    @Description("接待客商 / receiving visiting investors")
    RECEPTION,
    @Description("推介会 / a promotion event")
    PROMOTION_EVENT
}
