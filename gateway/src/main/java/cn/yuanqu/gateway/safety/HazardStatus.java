package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/**
 * The rectification loop:
 * <pre>
 * 待整改 PENDING          → 整改中 (a rectification is recorded; a major hazard needs its 治理方案 first)
 * 整改中 RECTIFYING       → 待复查 (the rectification is reported complete)
 * 待复查 AWAITING_REVIEW  → 整改中 (the review failed, with the reason); 已销号 (the review passed — for a
 *                           major hazard an on-site review, then the approval of a second officer or a leader)
 * 已销号 CLOSED           → (final)
 * </pre>
 */
@Description("隐患状态 / hazard status")
public enum HazardStatus {
    @Description("待整改 / awaiting rectification")
    PENDING,
    @Description("整改中 / being rectified")
    RECTIFYING,
    @Description("待复查 / awaiting review")
    AWAITING_REVIEW,
    @Description("已销号 / closed")
    CLOSED
}
