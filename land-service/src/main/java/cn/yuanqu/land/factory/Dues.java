package cn.yuanqu.land.factory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What a lease owes, computed from its rates: the 履约保证金 on the first day, and for every month of the
 * term rent and property fee of (rate × area), prorated by the days let in a partial month, due on the
 * month's first day let. Amounts to the fen (half up).
 */
public final class Dues {

    private Dues() {
    }

    /** A due before it is stored. */
    public record Due(ChargeKind kind, String period, LocalDate dueOn, BigDecimal amount) {
    }

    /** The deposit and the monthly charges for the days from {@code from} to {@code to} (inclusive). */
    public static List<Due> of(Lease l, LocalDate from, LocalDate to, boolean withDeposit) {
        List<Due> out = new ArrayList<>();
        if (withDeposit && l.getDeposit().signum() > 0) {
            out.add(new Due(ChargeKind.DEPOSIT, null, l.getStartOn(), l.getDeposit()));
        }
        BigDecimal rent = l.getRentPerM2().multiply(l.getAreaM2());
        BigDecimal fee = l.getPropertyFeePerM2().multiply(l.getAreaM2());
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            int days = last.getDayOfMonth() - first.getDayOfMonth() + 1;
            BigDecimal share = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(m.lengthOfMonth()), 10, RoundingMode.HALF_UP);
            if (rent.signum() > 0) {
                out.add(new Due(ChargeKind.RENT, m.toString(), first, rent.multiply(share).setScale(2, RoundingMode.HALF_UP)));
            }
            if (fee.signum() > 0) {
                out.add(new Due(ChargeKind.PROPERTY_FEE, m.toString(), first, fee.multiply(share).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        return out;
    }
}
