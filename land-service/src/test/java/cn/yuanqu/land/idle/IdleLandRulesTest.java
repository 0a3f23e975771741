package cn.yuanqu.land.idle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 53号令 on crafted parcels, at the one-year and two-year edges, for both causes. */
class IdleLandRulesTest {

    static final LocalDate AGREED = LocalDate.of(2021, 3, 15);
    static final BigDecimal PRICE = new BigDecimal("12345678.90");

    static ParcelFacts unstarted(GovernmentCause cause) {
        return new ParcelFacts(AGREED, null, null, null, null, cause, PRICE);
    }

    @Test
    void notStartedIsIdleFromTheDayOneFullYearHasPassed() {
        Assessment before = IdleLandRules.assess(unstarted(null), AGREED.plusYears(1).minusDays(1));
        assertThat(before.idle()).isFalse();
        assertThat(before.options()).isEmpty();
        assertThat(before.idleFee()).isNull();

        Assessment edge = IdleLandRules.assess(unstarted(null), AGREED.plusYears(1));
        assertThat(edge.idle()).isTrue();
        assertThat(edge.idleSince()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(edge.fullYears()).isEqualTo(1);
        assertThat(edge.cause()).isEqualTo(Cause.ENTERPRISE);
        assertThat(edge.options()).containsExactly(DisposalMethod.IDLE_FEE, DisposalMethod.DEADLINE_START);
        // 20 % of the land price, to the fen
        assertThat(edge.idleFee()).isEqualByComparingTo("2469135.78");
    }

    @Test
    void twoFullYearsMakeItRecoverableWithoutCompensation() {
        Assessment before = IdleLandRules.assess(unstarted(null), AGREED.plusYears(2).minusDays(1));
        assertThat(before.fullYears()).isEqualTo(1);
        assertThat(before.options()).doesNotContain(DisposalMethod.FREE_RECOVERY).contains(DisposalMethod.IDLE_FEE);

        Assessment edge = IdleLandRules.assess(unstarted(null), AGREED.plusYears(2));
        assertThat(edge.fullYears()).isEqualTo(2);
        assertThat(edge.options()).containsExactly(DisposalMethod.FREE_RECOVERY);
        assertThat(IdleLandRules.lawful(edge, DisposalMethod.FREE_RECOVERY)).isTrue();
        assertThat(IdleLandRules.lawful(before, DisposalMethod.FREE_RECOVERY)).isFalse();
    }

    @Test
    void aLeapDayAgreementReachesItsYearOnTheLastDayOfFebruary() {
        ParcelFacts f = new ParcelFacts(LocalDate.of(2020, 2, 29), null, null, null, null, null, PRICE);
        assertThat(IdleLandRules.assess(f, LocalDate.of(2021, 2, 27)).idle()).isFalse();
        assertThat(IdleLandRules.assess(f, LocalDate.of(2021, 2, 28)).idle()).isTrue();
    }

    @Test
    void theGovernmentsCauseChargesNoFeeAndOffersItsOwnOptions() {
        Assessment a = IdleLandRules.assess(unstarted(GovernmentCause.PLAN_REVISED), AGREED.plusYears(3));
        assertThat(a.idle()).isTrue();
        assertThat(a.cause()).isEqualTo(Cause.GOVERNMENT);
        assertThat(a.idleFee()).isNull();
        assertThat(a.options()).containsExactly(DisposalMethod.EXTEND_START, DisposalMethod.CHANGE_USE,
                DisposalMethod.TEMPORARY_USE, DisposalMethod.AGREED_RECOVERY, DisposalMethod.LAND_SWAP);
        assertThat(a.options()).doesNotContain(DisposalMethod.FREE_RECOVERY, DisposalMethod.IDLE_FEE);
        assertThat(String.join("", a.reasons())).contains("第八条");
    }

    @Test
    void startedButSuspendedBelowAThirdRunsFromTheSuspension() {
        LocalDate suspended = LocalDate.of(2022, 6, 1);
        ParcelFacts little = new ParcelFacts(AGREED, LocalDate.of(2021, 5, 1), new BigDecimal("0.20"), new BigDecimal("0.40"),
                suspended, null, PRICE);
        assertThat(IdleLandRules.assess(little, suspended.plusYears(1).minusDays(1)).idle()).isFalse();
        Assessment a = IdleLandRules.assess(little, suspended.plusYears(1));
        assertThat(a.idle()).isTrue();
        assertThat(a.clockFrom()).isEqualTo(suspended);
        // invested under 25 % is enough on its own
        ParcelFacts cheap = new ParcelFacts(AGREED, LocalDate.of(2021, 5, 1), new BigDecimal("0.50"), new BigDecimal("0.24"),
                suspended, null, PRICE);
        assertThat(IdleLandRules.assess(cheap, suspended.plusYears(2)).options()).containsExactly(DisposalMethod.FREE_RECOVERY);
        // a third developed and a quarter invested: suspended, but not idle land
        ParcelFacts enough = new ParcelFacts(AGREED, LocalDate.of(2021, 5, 1), new BigDecimal("0.34"), new BigDecimal("0.25"),
                suspended, null, PRICE);
        assertThat(IdleLandRules.assess(enough, suspended.plusYears(3)).idle()).isFalse();
    }

    @Test
    void workStartedAndGoingOnIsNotIdleEvenIfLate() {
        ParcelFacts late = new ParcelFacts(AGREED, LocalDate.of(2022, 9, 1), new BigDecimal("0.10"), null, null, null, PRICE);
        assertThat(IdleLandRules.assess(late, LocalDate.of(2024, 1, 1)).idle()).isFalse();
        // before it started, it was idle
        assertThat(IdleLandRules.assess(late, LocalDate.of(2022, 8, 31)).idle()).isTrue();
    }

    @Test
    void withoutAnAgreedStartThereIsNoClock() {
        Assessment a = IdleLandRules.assess(new ParcelFacts(null, null, null, null, null, null, null), LocalDate.of(2024, 1, 1));
        assertThat(a.idle()).isFalse();
        assertThat(a.clockFrom()).isNull();
    }

    @Test
    void aMissingLandPriceLeavesTheFeeUncomputedButSaysSo() {
        Assessment a = IdleLandRules.assess(new ParcelFacts(AGREED, null, null, null, null, null, null), AGREED.plusYears(1));
        assertThat(a.idleFee()).isNull();
        assertThat(String.join("", a.reasons())).contains("价款未登记");
    }
}
