package cn.yuanqu.enterprises.registry;

import static cn.yuanqu.enterprises.registry.EnterpriseStatus.EXITED;
import static cn.yuanqu.enterprises.registry.EnterpriseStatus.OPERATING;
import static cn.yuanqu.enterprises.registry.EnterpriseStatus.PARTIALLY_SUSPENDED;
import static cn.yuanqu.enterprises.registry.EnterpriseStatus.SUSPENDED;
import static cn.yuanqu.enterprises.registry.EnterpriseStatus.ZOMBIE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnterpriseStatusTest {

    @Test
    void exitedIsFinal() {
        assertThat(EXITED.next()).isEmpty();
        for (EnterpriseStatus s : EnterpriseStatus.values()) {
            assertThat(EXITED.canMoveTo(s)).isFalse();
        }
    }

    @Test
    void noStatusMovesToItself() {
        for (EnterpriseStatus s : EnterpriseStatus.values()) {
            assertThat(s.canMoveTo(s)).as(s.name()).isFalse();
        }
    }

    @Test
    void aZombieEnterpriseIsRevivedOrLeavesButIsNotMerelySuspended() {
        assertThat(ZOMBIE.next()).containsExactlyInAnyOrder(OPERATING, EXITED);
        assertThat(ZOMBIE.canMoveTo(SUSPENDED)).isFalse();
    }

    @Test
    void everyLiveStatusCanExit() {
        for (EnterpriseStatus s : new EnterpriseStatus[] { OPERATING, PARTIALLY_SUSPENDED, SUSPENDED, ZOMBIE }) {
            assertThat(s.canMoveTo(EXITED)).as(s.name()).isTrue();
        }
    }

    @Test
    void labelsAreTheChineseNames() {
        assertThat(OPERATING.label()).isEqualTo("在营");
        assertThat(EXITED.label()).isEqualTo("迁出/注销");
    }
}
