package cn.yuanqu.safety.feedback;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

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
    OPEN("整改中"),
    @Description("已整改待销号 / rectified, awaiting closure")
    RECTIFIED("已整改待销号"),
    @Description("已销号 / closed")
    CLOSED("已销号");

    private static final Map<FeedbackStatus, Set<FeedbackStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(RECTIFIED),
            RECTIFIED, EnumSet.of(CLOSED, OPEN),
            CLOSED, EnumSet.noneOf(FeedbackStatus.class));

    private final String label;

    FeedbackStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(FeedbackStatus to) {
        return NEXT.get(this).contains(to);
    }

    public Set<FeedbackStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }
}
