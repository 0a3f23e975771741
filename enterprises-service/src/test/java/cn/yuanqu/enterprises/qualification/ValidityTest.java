package cn.yuanqu.enterprises.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final LocalDate AWARDED = LocalDate.of(2024, 12, 5);

    @Test
    void aHighTechCertificateLastsThreeYears() {
        LocalDate until = Validity.until(QualificationType.HIGH_TECH, AWARDED, null);
        assertThat(until).isEqualTo(LocalDate.of(2027, 12, 4));
        assertThat(Validity.validOn(AWARDED, until, null, LocalDate.of(2027, 12, 4))).isTrue();
        assertThat(Validity.validOn(AWARDED, until, null, LocalDate.of(2027, 12, 5))).isFalse();
    }

    @Test
    void aTechSmeRegistrationLastsAYearAndTitlesWithoutTermNeverExpire() {
        assertThat(Validity.until(QualificationType.TECH_SME, AWARDED, null)).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(Validity.until(QualificationType.GREEN_FACTORY, AWARDED, null)).isNull();
        assertThat(Validity.validOn(AWARDED, null, null, LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void anExplicitValidityWins() {
        assertThat(Validity.until(QualificationType.HIGH_TECH, AWARDED, LocalDate.of(2026, 6, 30)))
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void notInForceBeforeTheAwardNorFromTheRevocationDayOn() {
        LocalDate until = Validity.until(QualificationType.SPECIALIZED_SME, AWARDED, null);
        assertThat(Validity.validOn(AWARDED, until, null, AWARDED.minusDays(1))).isFalse();
        assertThat(Validity.validOn(AWARDED, until, null, AWARDED)).isTrue();
        LocalDate revoked = LocalDate.of(2025, 3, 1);
        assertThat(Validity.validOn(AWARDED, until, revoked, revoked.minusDays(1))).isTrue();
        assertThat(Validity.validOn(AWARDED, until, revoked, revoked)).isFalse();
    }
}
