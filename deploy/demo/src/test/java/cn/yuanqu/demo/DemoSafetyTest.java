package cn.yuanqu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The safety side of the demo zone adds up to XINGGUO.md before it is loaded: the service then only has
 * to count the records (the e2e DemoSafetyFiguresTest proves that it does).
 */
class DemoSafetyTest {

    private static boolean in(LocalDate d, int year, int fromMonth, int toMonth) {
        return d != null && d.getYear() == year && d.getMonthValue() >= fromMonth && d.getMonthValue() <= toMonth;
    }

    @Test
    void twoHundredEightyOneHazardsAreClosedIn2024WithTheExceedances() {
        long fromInspections = DemoSafety.hazards().stream()
                .filter(h -> in(h.approvedOn() != null ? h.approvedOn() : h.reviewedOn(), 2024, 1, 12)).count();
        long fromSamples = DemoSafety.samples().stream().filter(s -> in(s.reviewedOn(), 2024, 1, 12)).count();
        assertThat(fromSamples).isEqualTo(3);
        assertThat(fromInspections + fromSamples).isEqualTo(DemoSafety.CLOSED_2024);
    }

    @Test
    void fortyThreeDirectivesAreIssuedInJanuaryToMay2022() {
        Map<String, LocalDate> found = new HashMap<>();
        DemoSafety.inspections().forEach(i -> found.put(i.key(), i.on()));
        assertThat(DemoSafety.hazards().stream().filter(h -> "SAFETY_DIRECTIVE".equals(h.noticeType()))
                .filter(h -> in(found.get(h.inspection()), 2022, 1, 5)).count()).isEqualTo(DemoSafety.DIRECTIVES_2022);
    }

    @Test
    void everyHazardsLoopFitsItsDates() {
        Map<String, DemoSafety.Inspection> inspections = new HashMap<>();
        DemoSafety.inspections().forEach(i -> inspections.put(i.key(), i));
        Set<String> notices = new HashSet<>();
        for (DemoSafety.Hazard h : DemoSafety.hazards()) {
            LocalDate found = inspections.get(h.inspection()).on();
            assertThat(h.deadline()).isAfterOrEqualTo(found);
            assertThat(h.rectifiedOn()).isAfterOrEqualTo(found);
            assertThat(h.reviewedOn()).isAfterOrEqualTo(h.rectifiedOn());
            assertThat(h.reviewedOn()).isBefore(LocalDate.of(2026, 1, 1));
            if (h.noticeNo() != null) {
                assertThat(notices.add(h.noticeNo())).as(h.noticeNo()).isTrue();
            }
            if ("MAJOR".equals(h.level())) {
                assertThat(h.approvedOn()).isAfterOrEqualTo(h.reviewedOn());
            }
        }
    }

    @Test
    void safetyRecordsNameOperatingEnterprisesThatHadSettled() {
        Map<String, DemoEnterprise> operating = new HashMap<>();
        DemoSafety.operating().forEach(e -> operating.put(e.creditCode(), e));
        for (DemoSafety.Inspection i : DemoSafety.inspections()) {
            assertThat(operating).containsKey(i.creditCode());
            assertThat(operating.get(i.creditCode()).settledOn()).isBeforeOrEqualTo(i.on());
        }
        DemoSafety.trainings().forEach(t -> t.attendees().forEach(a -> assertThat(operating).containsKey(a.creditCode())));
        DemoSafety.drills().stream().map(DemoSafety.Drill::creditCode).filter(Objects::nonNull)
                .forEach(c -> assertThat(operating).containsKey(c));
    }

    @Test
    void oneHundredEightySixLettersBy30June2022() {
        List<DemoSafety.Letter> letters = DemoSafety.letters();
        assertThat(letters).hasSize(DemoSafety.LETTERS_2022);
        assertThat(letters.stream().map(DemoSafety.Letter::creditCode).distinct().count()).isEqualTo(186);
        assertThat(letters).allSatisfy(l -> assertThat(l.signedOn()).isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)));
        assertThat(letters.stream().filter(l -> l.signedOn().isBefore(LocalDate.of(2022, 6, 1))).count()).isEqualTo(171);
    }

    @Test
    void twentyTwoWarningEducationSessionsIn2024AndTheCampaignsCounts() {
        assertThat(DemoSafety.trainings().stream().filter(t -> t.kind().equals("WARNING_EDUCATION"))
                .filter(t -> t.heldOn().getYear() == 2024).count()).isEqualTo(22);
        DemoSafety.Campaign campaign = DemoSafety.campaigns().stream().filter(c -> c.name().equals(DemoSafety.CAMPAIGN_2024))
                .findFirst().orElseThrow();
        assertThat(campaign.results()).contains(new DemoSafety.Result("拆除防盗网", "套", 334, false));
        // 清通道50余处: counted roughly, recorded as 50 and approximate
        assertThat(campaign.results()).contains(new DemoSafety.Result("清理疏散通道", "处", 50, true));
    }

    @Test
    void exactlyThreeSamplesExceedTheirPointsStandards() {
        Map<String, String> standard = new HashMap<>();
        DemoSafety.points().forEach(p -> standard.put(p.code(), p.standard()));
        Map<String, Map<String, BigDecimal>> max = Map.of(
                "GB3838_IV", Map.of("COD", new BigDecimal("30"), "NH3N", new BigDecimal("1.5"), "TP", new BigDecimal("0.3")),
                "GB8978_I", Map.of("COD", new BigDecimal("100"), "NH3N", new BigDecimal("15"), "CU", new BigDecimal("0.5"),
                        "NI", new BigDecimal("1.0"), "CR6", new BigDecimal("0.5")));
        long exceeded = DemoSafety.samples().stream().filter(s -> s.measurements().entrySet().stream().anyMatch(e -> {
            BigDecimal limit = max.get(standard.get(s.point())).get(e.getKey());
            return e.getKey().equals("PH") ? e.getValue().compareTo(BigDecimal.valueOf(6)) < 0 || e.getValue().compareTo(BigDecimal.valueOf(9)) > 0
                    : limit != null && e.getValue().compareTo(limit) > 0;
        })).count();
        assertThat(exceeded).isEqualTo(3);
        assertThat(DemoSafety.samples().stream().filter(s -> s.rectifiedOn() != null).count()).isEqualTo(3);
    }
}
