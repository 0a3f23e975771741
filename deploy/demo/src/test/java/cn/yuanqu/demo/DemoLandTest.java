package cn.yuanqu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The land side of the demo zone adds up to XINGGUO.md before it is loaded. */
class DemoLandTest {

    private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    @Test
    void oneHundredTenCasesOpenedInJanuaryToMay2022WithTheNamedOnes() {
        List<DemoLand.Case> cases = DemoLand.cases();
        assertThat(cases.stream().filter(c -> in(c.opened(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 5, 31))).count())
                .isEqualTo(110);
        assertThat(cases.stream().filter(c -> c.opened().isBefore(LocalDate.of(2022, 6, 1))
                && c.determined().isAfter(LocalDate.of(2022, 5, 31))).map(DemoLand.Case::holderName).toList())
                .contains("兴国威保运动用品有限公司", "兴国满都针织有限公司", "兴国远山农业开发有限公司");
        assertThat(cases.stream().filter(c -> "FREE_RECOVERY".equals(c.method())).map(DemoLand.Case::holderName).toList())
                .containsExactly("兴国荣发门业有限公司", "兴国久容卫浴有限公司");
        assertThat(cases.stream().filter(c -> "DEADLINE_START".equals(c.method()) && "INEFFICIENT".equals(c.kind())
                && in(c.decided(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 5, 31))).count()).isEqualTo(5);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.determined()).isAfter(c.opened());
            assertThat(c.notified()).isAfter(c.determined());
            assertThat(c.decided()).isAfter(c.notified());
            assertThat(c.executing()).isAfter(c.decided());
            if (c.disposed() != null) {
                assertThat(c.disposed()).isAfter(c.executing());
            }
        });
    }

    @Test
    void twoThousandSevenHundredTwentyOddMuDisposedIn2024() {
        BigDecimal mu = DemoLand.cases().stream().filter(c -> c.disposed() != null && c.disposed().getYear() == 2024)
                .map(DemoLand.Case::areaMu).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(mu).isBetween(new BigDecimal("2720"), new BigDecimal("2729"));
        assertThat(DemoLand.cases()).allSatisfy(c -> assertThat(c.areaMu()).isPositive());
    }

    @Test
    void factoriesClearedAndTheLedgerOf2022() {
        List<DemoLand.Lease> leases = DemoLand.leases();
        List<DemoLand.Unit> units = DemoLand.units();
        BigDecimal cleared2024 = BigDecimal.ZERO;
        BigDecimal cleared2022 = BigDecimal.ZERO;
        for (int i = 0; i < leases.size(); i++) {
            LocalDate ended = leases.get(i).endedOn();
            if (ended != null && ended.getYear() == 2024) {
                cleared2024 = cleared2024.add(units.get(i).areaM2());
            }
            if (in(ended, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 5, 31))) {
                cleared2022 = cleared2022.add(units.get(i).areaM2());
            }
        }
        assertThat(cleared2024).isEqualByComparingTo("168100");
        assertThat(cleared2022).isBetween(new BigDecimal("6000"), new BigDecimal("6999"));
        assertThat(units).allSatisfy(u -> assertThat(u.areaM2()).isPositive());
        BigDecimal deposits = sum("DEPOSIT");
        assertThat(deposits).isEqualByComparingTo("2032000");
        assertThat(sum("RENT")).isEqualByComparingTo("1934000");
        assertThat(sum("PROPERTY_FEE")).isEqualByComparingTo("1729000");
    }

    private static BigDecimal sum(String kind) {
        return DemoLand.payments().stream().filter(p -> p.kind().equals(kind)
                && in(p.paidOn(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)))
                .map(DemoLand.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
