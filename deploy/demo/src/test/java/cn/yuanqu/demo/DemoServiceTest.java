package cn.yuanqu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The generated enterprise-service records add up to the numbers of XINGGUO.md. */
class DemoServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    static boolean in(LocalDate d, String from, String to) {
        return d != null && !d.isBefore(LocalDate.parse(from)) && !d.isAfter(LocalDate.parse(to));
    }

    @Test
    void theGeneratorIsDeterministic() {
        assertThat(DemoService.requests()).isEqualTo(DemoService.requests());
        assertThat(DemoService.matters()).isEqualTo(DemoService.matters());
        assertThat(DemoService.loans()).isEqualTo(DemoService.loans());
    }

    @Test
    void requestsMatchTheReports() {
        List<DemoService.Request> all = DemoService.requests();
        List<DemoService.Request> y2024 = all.stream().filter(r -> in(r.submittedOn(), "2024-01-01", "2024-12-31")).toList();
        assertThat(y2024).hasSize(86); // 收集并协调解决企业诉求80余件
        assertThat(y2024.stream().filter(r -> in(r.closedOn(), "2024-01-01", "2024-12-31")).count()).isBetween(80L, 89L);
        assertThat(y2024.stream().filter(r -> r.visitors() != null).count()).isEqualTo(36);
        assertThat(all.stream().filter(r -> in(r.submittedOn(), "2022-01-01", "2022-05-31")).count()).isEqualTo(112);
        assertThat(all).allSatisfy(r -> {
            assertThat(r.acceptedOn()).isAfter(r.submittedOn());
            assertThat(r.deadline()).isAfterOrEqualTo(r.acceptedOn());
            assertThat(r.startedOn()).isAfterOrEqualTo(r.acceptedOn());
            assertThat(r.closedOn()).isAfterOrEqualTo(r.startedOn()).isBefore(TODAY);
        });
    }

    @Test
    void mattersMatchTheReport() {
        List<DemoService.Matter> all = DemoService.matters();
        assertThat(all.stream().filter(m -> in(m.receivedOn(), "2024-01-01", "2024-12-31")).count()).isEqualTo(434);
        assertThat(all).allSatisfy(m -> assertThat(m.closedOn()).isAfterOrEqualTo(m.receivedOn()));
        assertThat(all).allSatisfy(m -> assertThat(m.creditCode() == null).isEqualTo(m.applicant() != null));
    }

    @Test
    void loansMatchTheReports() {
        List<DemoService.Loan> all = DemoService.loans();
        assertLoans(all, l -> in(l.issuedOn(), "2024-01-01", "2024-12-31"), "327000000.00", 84); // 3.27亿元，惠及80余家
        assertLoans(all, l -> in(l.issuedOn(), "2022-01-01", "2022-05-31"), "130500000.00", 33); // 33家 13050万元
        BigDecimal recovered2024 = all.stream().flatMap(l -> l.recoveries().stream())
                .filter(r -> in(r.on(), "2024-01-01", "2024-12-31")).map(DemoService.Recovery::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(recovered2024).isEqualByComparingTo("6579900.00"); // 追偿657.99万元
        Set<String> recoveredFrom = all.stream().filter(l -> !l.recoveries().isEmpty()).map(DemoService.Loan::creditCode)
                .collect(Collectors.toSet());
        Set<String> named = DemoZone.xingguo().stream()
                .filter(e -> Set.of(DemoService.YONGHUA, DemoService.LVBAO).contains(e.name()))
                .map(DemoEnterprise::creditCode).collect(Collectors.toSet());
        assertThat(recoveredFrom).isEqualTo(named);
        assertThat(all.stream().map(l -> l.bank() + l.contractNo()).distinct().count()).isEqualTo(all.size());
        assertThat(all).allSatisfy(l -> {
            assertThat(l.dueOn()).isAfter(l.issuedOn());
            assertThat(l.repaidOn() == null).isEqualTo(l.nonPerformingOn() != null);
        });
    }

    private static void assertLoans(List<DemoService.Loan> all, Predicate<DemoService.Loan> which, String total,
            int enterprises) {
        List<DemoService.Loan> loans = all.stream().filter(which).toList();
        assertThat(loans.stream().map(DemoService.Loan::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);
        assertThat(loans.stream().map(DemoService.Loan::creditCode).distinct().count()).isEqualTo(enterprises);
    }

    @Test
    void payoutsRewardTheNewAboveScaleAndHighTechEnterprisesOf2024() {
        assertThat(DemoService.payouts()).hasSize(21);
        assertThat(DemoService.payouts().stream().map(DemoService.Payout::reference).distinct().count()).isEqualTo(21);
    }
}
