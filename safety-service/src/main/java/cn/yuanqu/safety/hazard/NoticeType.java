package cn.yuanqu.safety.hazard;

import org.eclipse.microprofile.graphql.Description;

/** The numbered document issued with a hazard. */
@Description("整改文书 / notice issued")
public enum NoticeType {
    @Description("整改通知书 / rectification notice")
    RECTIFICATION_NOTICE("整改通知书"),
    @Description("安全生产指令书 / work-safety directive")
    SAFETY_DIRECTIVE("安全生产指令书"),
    @Description("整改督办单 / supervision order")
    SUPERVISION_ORDER("整改督办单");

    private final String label;

    NoticeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
