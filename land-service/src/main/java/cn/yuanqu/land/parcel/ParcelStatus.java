package cn.yuanqu.land.parcel;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

/**
 * Where a parcel stands. Transitions (dated, with the reason):
 * <pre>
 * 储备 RESERVE              → 报批中
 * 报批中 IN_APPROVAL         → 已供未建, 储备 (withdrawn)
 * 已供未建 SUPPLIED_UNBUILT   → 在建, 闲置, 已收回
 * 在建 UNDER_CONSTRUCTION     → 已建成, 闲置, 已收回
 * 已建成 BUILT               → 低效, 已收回
 * 闲置 IDLE                  → 已供未建 (start date extended), 在建, 已收回
 * 低效 INEFFICIENT           → 已建成 (renovated), 在建 (redeveloped), 已收回
 * 已收回 RECOVERED           → 储备
 * </pre>
 */
@Description("宗地状态 / parcel status")
public enum ParcelStatus {
    @Description("储备 / land reserve")
    RESERVE("储备"),
    @Description("报批中 / in approval")
    IN_APPROVAL("报批中"),
    @Description("已供未建 / supplied, not built")
    SUPPLIED_UNBUILT("已供未建"),
    @Description("在建 / under construction")
    UNDER_CONSTRUCTION("在建"),
    @Description("已建成 / built")
    BUILT("已建成"),
    @Description("闲置 / idle")
    IDLE("闲置"),
    @Description("低效 / inefficient")
    INEFFICIENT("低效"),
    @Description("已收回 / recovered")
    RECOVERED("已收回");

    private final String label;

    ParcelStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<ParcelStatus> next() {
        return switch (this) {
            case RESERVE -> EnumSet.of(IN_APPROVAL);
            case IN_APPROVAL -> EnumSet.of(SUPPLIED_UNBUILT, RESERVE);
            case SUPPLIED_UNBUILT -> EnumSet.of(UNDER_CONSTRUCTION, IDLE, RECOVERED);
            case UNDER_CONSTRUCTION -> EnumSet.of(BUILT, IDLE, RECOVERED);
            case BUILT -> EnumSet.of(INEFFICIENT, RECOVERED);
            case IDLE -> EnumSet.of(SUPPLIED_UNBUILT, UNDER_CONSTRUCTION, RECOVERED);
            case INEFFICIENT -> EnumSet.of(BUILT, UNDER_CONSTRUCTION, RECOVERED);
            case RECOVERED -> EnumSet.of(RESERVE);
        };
    }

    public boolean canMoveTo(ParcelStatus to) {
        return next().contains(to);
    }

    /** Supplied to a holder: the holder, the supply method and the agreed start are known. */
    public boolean supplied() {
        return this == SUPPLIED_UNBUILT || this == UNDER_CONSTRUCTION || this == BUILT || this == IDLE || this == INEFFICIENT;
    }
}
