package cn.yuanqu.enterprises.request;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

/**
 * The state machine of an enterprise's request (诉求):
 * <pre>
 * 已提交 SUBMITTED    → 已受理 (assignee and deadline set), 退回
 * 已受理 ACCEPTED     → 办理中, 已办结
 * 办理中 IN_PROGRESS  → 已办结
 * 已办结 CLOSED       → 已评价 (by the enterprise's rating only)
 * 已评价 RATED        → (final)
 * 退回 RETURNED       → (final: not within the park's remit or a duplicate; a new request starts afresh)
 * </pre>
 * Officers take every step but the rating; the enterprise rates its own closed request.
 */
@Description("诉求状态 / request status")
public enum RequestStatus {
    @Description("已提交 / submitted")
    SUBMITTED("已提交"),
    @Description("已受理 / accepted")
    ACCEPTED("已受理"),
    @Description("办理中 / in progress")
    IN_PROGRESS("办理中"),
    @Description("已办结 / closed")
    CLOSED("已办结"),
    @Description("已评价 / rated")
    RATED("已评价"),
    @Description("退回 / returned")
    RETURNED("退回");

    private static final Map<RequestStatus, Set<RequestStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(ACCEPTED, RETURNED),
            ACCEPTED, EnumSet.of(IN_PROGRESS, CLOSED),
            IN_PROGRESS, EnumSet.of(CLOSED),
            CLOSED, EnumSet.of(RATED),
            RATED, EnumSet.noneOf(RequestStatus.class),
            RETURNED, EnumSet.noneOf(RequestStatus.class));

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(RequestStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<RequestStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    /** Still being handled: accepted or in progress (a submitted request has no deadline yet). */
    public boolean handling() {
        return this == ACCEPTED || this == IN_PROGRESS;
    }
}
