package cn.yuanqu.enterprises.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The request state machine as documented in docs/enterprises-service.md. */
class RequestStatusTest {

    @Test
    void transitionTable() {
        assertThat(RequestStatus.SUBMITTED.next()).containsExactlyInAnyOrder(RequestStatus.ACCEPTED, RequestStatus.RETURNED);
        assertThat(RequestStatus.ACCEPTED.next()).containsExactlyInAnyOrder(RequestStatus.IN_PROGRESS, RequestStatus.CLOSED);
        assertThat(RequestStatus.IN_PROGRESS.next()).containsExactly(RequestStatus.CLOSED);
        assertThat(RequestStatus.CLOSED.next()).containsExactly(RequestStatus.RATED);
        assertThat(RequestStatus.RATED.next()).isEmpty();
        assertThat(RequestStatus.RETURNED.next()).isEmpty();
    }

    @Test
    void nothingGoesBackwards() {
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestStatus to : EnumSet.allOf(RequestStatus.class)) {
                if (to.ordinal() <= from.ordinal() && to != RequestStatus.RETURNED) {
                    assertThat(from.canMoveTo(to)).as(from + " → " + to).isFalse();
                }
            }
        }
        assertThat(RequestStatus.ACCEPTED.canMoveTo(RequestStatus.RETURNED)).isFalse();
    }
}
