package cn.yuanqu.enterprises.request;

import org.eclipse.microprofile.graphql.Description;

/** How a request reached the park (诉求来源). */
@Description("诉求来源 / request channel")
public enum RequestChannel {
    @Description("走访收集 / raised during a visit")
    VISIT("走访收集"),
    @Description("电话 / phone")
    PHONE("电话"),
    @Description("线上平台 / online")
    ONLINE("线上平台"),
    @Description("12345热线 / hotline")
    HOTLINE("12345热线"),
    @Description("部门转办 / forwarded by a department")
    DEPARTMENT("部门转办"),
    @Description("政企座谈会 / meeting")
    MEETING("政企座谈会"),
    @Description("其他 / other")
    OTHER("其他");

    private final String label;

    RequestChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
