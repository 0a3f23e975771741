package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/**
 * A feedback item's way to 销号:
 * <pre>
 * 整改中 OPEN        → 已整改待销号 (measures recorded)
 * 已整改待销号 RECTIFIED → 已销号 (an officer closes it); 整改中 (销号未通过, with the reason)
 * 已销号 CLOSED      → (final)
 * </pre>
 */
@Description("反馈问题状态 / feedback item status")
public enum FeedbackStatus {
    @Description("整改中 / being rectified")
    OPEN,
    @Description("已整改待销号 / rectified, awaiting closure")
    RECTIFIED,
    @Description("已销号 / closed")
    CLOSED
}
