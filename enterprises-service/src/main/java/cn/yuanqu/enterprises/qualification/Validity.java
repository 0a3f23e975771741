package cn.yuanqu.enterprises.qualification;

import java.time.LocalDate;

/**
 * The validity rules of qualifications, in one place: the default term per type (e.g. a 高新技术企业
 * certificate lasts three years: awarded 2024-12-05, valid through 2027-12-04) and whether an award
 * is in force on a date.
 */
public final class Validity {

    private Validity() {
    }

    /** The last day of validity: the explicit one, or awarded + the type's term − 1 day, or none. */
    public static LocalDate until(QualificationType type, LocalDate awardedOn, LocalDate explicit) {
        if (explicit != null) {
            return explicit;
        }
        Integer years = type.validityYears();
        return years == null ? null : awardedOn.plusYears(years).minusDays(1);
    }

    /** In force on {@code date}: awarded by then, not past its last valid day, not revoked by then. */
    public static boolean validOn(LocalDate awardedOn, LocalDate validUntil, LocalDate revokedOn, LocalDate date) {
        return !awardedOn.isAfter(date)
                && (validUntil == null || !date.isAfter(validUntil))
                && (revokedOn == null || date.isBefore(revokedOn));
    }
}
