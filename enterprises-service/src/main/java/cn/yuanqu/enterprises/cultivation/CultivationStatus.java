package cn.yuanqu.enterprises.cultivation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

/**
 * The state machine of a cultivation entry (培育库):
 * <pre>
 * 储备 RESERVE        → 培育中, 退出
 * 培育中 CULTIVATING  → 已申报, 退出
 * 已申报 APPLIED      → 已认定, 培育中 (未通过，继续培育), 退出
 * 已认定 ACHIEVED     → (final; the goal is recorded: 入规 date or the qualification)
 * 退出 WITHDRAWN      → (final)
 * </pre>
 */
@Description("培育状态 / cultivation status")
public enum CultivationStatus {
    @Description("储备 / in reserve")
    RESERVE("储备"),
    @Description("培育中 / being cultivated")
    CULTIVATING("培育中"),
    @Description("已申报 / applied")
    APPLIED("已申报"),
    @Description("已认定（已入规） / achieved")
    ACHIEVED("已认定"),
    @Description("退出 / withdrawn")
    WITHDRAWN("退出");

    private static final Map<CultivationStatus, Set<CultivationStatus>> NEXT = Map.of(
            RESERVE, EnumSet.of(CULTIVATING, WITHDRAWN),
            CULTIVATING, EnumSet.of(APPLIED, WITHDRAWN),
            APPLIED, EnumSet.of(ACHIEVED, CULTIVATING, WITHDRAWN),
            ACHIEVED, EnumSet.noneOf(CultivationStatus.class),
            WITHDRAWN, EnumSet.noneOf(CultivationStatus.class));

    private final String label;

    CultivationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(CultivationStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<CultivationStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    public boolean open() {
        return this != ACHIEVED && this != WITHDRAWN;
    }
}
