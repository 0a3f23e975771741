package cn.yuanqu.safety.hazard;

import static cn.yuanqu.safety.hazard.HazardStatus.AWAITING_REVIEW;
import static cn.yuanqu.safety.hazard.HazardStatus.CLOSED;
import static cn.yuanqu.safety.hazard.HazardStatus.PENDING;
import static cn.yuanqu.safety.hazard.HazardStatus.RECTIFYING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rectification loop's transition table, every pair. */
class HazardStatusTest {

    @Test
    void everyAllowedAndRefusedTransition() {
        Map<HazardStatus, Set<HazardStatus>> allowed = Map.of(
                PENDING, Set.of(RECTIFYING),
                RECTIFYING, Set.of(AWAITING_REVIEW),
                AWAITING_REVIEW, Set.of(RECTIFYING, CLOSED),
                CLOSED, Set.of());
        for (HazardStatus from : HazardStatus.values()) {
            for (HazardStatus to : HazardStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(allowed.get(from).contains(to));
            }
            assertThat(from.next()).isEqualTo(allowed.get(from));
        }
    }
}
