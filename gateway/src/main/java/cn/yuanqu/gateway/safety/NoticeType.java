package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** The numbered document issued with a hazard. */
@Description("整改文书 / notice issued")
public enum NoticeType {
    @Description("整改通知书 / rectification notice")
    RECTIFICATION_NOTICE,
    @Description("安全生产指令书 / work-safety directive")
    SAFETY_DIRECTIVE,
    @Description("整改督办单 / supervision order")
    SUPERVISION_ORDER
}
