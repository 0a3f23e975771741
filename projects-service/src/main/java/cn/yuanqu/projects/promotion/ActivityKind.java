package cn.yuanqu.projects.promotion;

import org.eclipse.microprofile.graphql.Description;

/** Promotion activities as the reports count them. */
@Description("招商活动类型 / promotion activity kind")
public enum ActivityKind {
    @Description("外出招商 / an outbound promotion trip")
    TRIP("外出招商"),
    @Description("接待客商 / receiving visiting investors")
    RECEPTION("接待客商"),
    @Description("推介会 / a promotion event")
    PROMOTION_EVENT("推介会");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
