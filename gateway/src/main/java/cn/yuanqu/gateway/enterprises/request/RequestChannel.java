package cn.yuanqu.gateway.enterprises.request;

import org.eclipse.microprofile.graphql.Description;

/** How a request reached the park. */
@Description("诉求来源 / channel a request came by")
public enum RequestChannel {
    @Description("走访收集 / collected on a visit")
    VISIT,
    @Description("电话 / phone")
    PHONE,
    @Description("线上平台 / online")
    ONLINE,
    @Description("12345热线 / 12345 hotline")
    HOTLINE,
    @Description("部门转办 / passed on by a department")
    DEPARTMENT,
    @Description("政企座谈会 / government–enterprise meeting")
    MEETING,
    @Description("其他 / other")
    OTHER
}
