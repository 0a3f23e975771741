package cn.yuanqu.projects.promotion;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

/**
 * A lead's state machine:
 * <pre>
 * 线索 LEAD         → 洽谈, 放弃
 * 洽谈 NEGOTIATING  → 签约 (only by signing: the project is recorded with it), 放弃
 * 签约 SIGNED       → (final)
 * 放弃 ABANDONED    → (final; a renewed contact is a new lead)
 * </pre>
 */
@Description("招商线索状态 / lead status")
public enum LeadStatus {
    @Description("线索 / lead")
    LEAD("线索"),
    @Description("洽谈 / in talks")
    NEGOTIATING("洽谈"),
    @Description("签约 / signed")
    SIGNED("签约"),
    @Description("放弃 / abandoned")
    ABANDONED("放弃");

    private static final Map<LeadStatus, Set<LeadStatus>> NEXT = Map.of(
            LEAD, EnumSet.of(NEGOTIATING, ABANDONED),
            NEGOTIATING, EnumSet.of(SIGNED, ABANDONED),
            SIGNED, EnumSet.noneOf(LeadStatus.class),
            ABANDONED, EnumSet.noneOf(LeadStatus.class));

    private final String label;

    LeadStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(LeadStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<LeadStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }
}
