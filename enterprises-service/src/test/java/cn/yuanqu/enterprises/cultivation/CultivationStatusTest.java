package cn.yuanqu.enterprises.cultivation;

import static cn.yuanqu.enterprises.cultivation.CultivationStatus.ACHIEVED;
import static cn.yuanqu.enterprises.cultivation.CultivationStatus.APPLIED;
import static cn.yuanqu.enterprises.cultivation.CultivationStatus.CULTIVATING;
import static cn.yuanqu.enterprises.cultivation.CultivationStatus.RESERVE;
import static cn.yuanqu.enterprises.cultivation.CultivationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CultivationStatusTest {

    @Test
    void theLadderGoesReserveCultivatingAppliedAchieved() {
        assertThat(RESERVE.canMoveTo(CULTIVATING)).isTrue();
        assertThat(CULTIVATING.canMoveTo(APPLIED)).isTrue();
        assertThat(APPLIED.canMoveTo(ACHIEVED)).isTrue();
    }

    @Test
    void noStepIsSkipped() {
        assertThat(RESERVE.canMoveTo(APPLIED)).isFalse();
        assertThat(RESERVE.canMoveTo(ACHIEVED)).isFalse();
        assertThat(CULTIVATING.canMoveTo(ACHIEVED)).isFalse();
    }

    @Test
    void aFailedApplicationGoesBackToCultivation() {
        assertThat(APPLIED.canMoveTo(CULTIVATING)).isTrue();
    }

    @Test
    void anyOpenEntryCanBeWithdrawnAndClosedOnesAreFinal() {
        for (CultivationStatus s : new CultivationStatus[] { RESERVE, CULTIVATING, APPLIED }) {
            assertThat(s.canMoveTo(WITHDRAWN)).as(s.name()).isTrue();
            assertThat(s.open()).isTrue();
        }
        assertThat(ACHIEVED.next()).isEmpty();
        assertThat(WITHDRAWN.next()).isEmpty();
        assertThat(ACHIEVED.open()).isFalse();
    }
}
