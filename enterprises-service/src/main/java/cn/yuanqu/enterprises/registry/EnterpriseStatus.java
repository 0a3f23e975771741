package cn.yuanqu.enterprises.registry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

/**
 * Operating status of an enterprise (经营状态) and its state machine.
 *
 * <p>Allowed transitions (documented in {@code docs/enterprises-service.md}):
 * <pre>
 * 在营 OPERATING            → 半停产, 停产, 僵尸企业, 迁出/注销
 * 半停产 PARTIALLY_SUSPENDED → 在营, 停产, 僵尸企业, 迁出/注销
 * 停产 SUSPENDED            → 在营, 半停产, 僵尸企业, 迁出/注销
 * 僵尸企业 ZOMBIE            → 在营 (盘活), 迁出/注销
 * 迁出/注销 EXITED           → (final)
 * </pre>
 */
@Description("企业经营状态 / operating status of an enterprise")
public enum EnterpriseStatus {
    @Description("在营 / operating")
    OPERATING("在营"),
    @Description("半停产 / partially suspended")
    PARTIALLY_SUSPENDED("半停产"),
    @Description("停产 / suspended")
    SUSPENDED("停产"),
    @Description("僵尸企业 / zombie enterprise")
    ZOMBIE("僵尸企业"),
    @Description("迁出/注销 / moved out or deregistered (final)")
    EXITED("迁出/注销");

    private static final Map<EnterpriseStatus, Set<EnterpriseStatus>> NEXT = Map.of(
            OPERATING, EnumSet.of(PARTIALLY_SUSPENDED, SUSPENDED, ZOMBIE, EXITED),
            PARTIALLY_SUSPENDED, EnumSet.of(OPERATING, SUSPENDED, ZOMBIE, EXITED),
            SUSPENDED, EnumSet.of(OPERATING, PARTIALLY_SUSPENDED, ZOMBIE, EXITED),
            ZOMBIE, EnumSet.of(OPERATING, EXITED),
            EXITED, EnumSet.noneOf(EnterpriseStatus.class));

    private final String label;

    EnterpriseStatus(String label) {
        this.label = label;
    }

    /** Chinese display name. */
    public String label() {
        return label;
    }

    /** Whether the state machine allows moving from this status to {@code target}. */
    public boolean canMoveTo(EnterpriseStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** The statuses reachable from this one. */
    public Set<EnterpriseStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }
}
