package cn.yuanqu.land.factory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The dues a lease generates: the deposit once, monthly rent and property fee, partial months by the day. */
class DuesTest {

    static Lease lease(String start, String end) {
        LeaseInput in = new LeaseInput("C-1", UUID.randomUUID().toString(), List.of(UUID.randomUUID().toString()),
                LocalDate.parse(start), LocalDate.parse(end), new BigDecimal("12"), new BigDecimal("2"), new BigDecimal("36000"));
        return Lease.of("xingguo", in, "某企业", new BigDecimal("1000"), "t", OffsetDateTime.now());
    }

    @Test
    void partialMonthsAreProratedByTheDay() {
        List<Dues.Due> dues = Dues.of(lease("2024-01-15", "2024-03-31"), LocalDate.parse("2024-01-15"), LocalDate.parse("2024-03-31"), true);
        assertThat(dues.get(0)).isEqualTo(new Dues.Due(ChargeKind.DEPOSIT, null, LocalDate.parse("2024-01-15"), new BigDecimal("36000")));
        // January: 17 of 31 days of 12 000 and of 2 000
        assertThat(dues.get(1)).isEqualTo(new Dues.Due(ChargeKind.RENT, "2024-01", LocalDate.parse("2024-01-15"), new BigDecimal("6580.65")));
        assertThat(dues.get(2)).isEqualTo(new Dues.Due(ChargeKind.PROPERTY_FEE, "2024-01", LocalDate.parse("2024-01-15"), new BigDecimal("1096.77")));
        assertThat(dues.get(3).amount()).isEqualByComparingTo("12000.00");
        assertThat(dues.get(3).dueOn()).isEqualTo(LocalDate.parse("2024-02-01"));
        assertThat(dues).hasSize(7);
        BigDecimal rent = dues.stream().filter(d -> d.kind() == ChargeKind.RENT).map(Dues.Due::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(rent).isEqualByComparingTo("30580.65");
    }

    @Test
    void aLeaseEndedMidMonthOwesThatMonthToItsLastDay() {
        Lease l = lease("2024-01-01", "2024-12-31");
        List<Dues.Due> last = Dues.of(l, LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-10"), false);
        assertThat(last).extracting(Dues.Due::amount).containsExactly(new BigDecimal("4000.00"), new BigDecimal("666.67"));
    }
}
