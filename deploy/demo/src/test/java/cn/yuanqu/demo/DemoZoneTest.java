package cn.yuanqu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.yuanqu.demo.DemoEnterprise.Event;
import cn.yuanqu.demo.DemoEnterprise.ScaleEvent;
import cn.yuanqu.platform.creditcode.CreditCode;

class DemoZoneTest {

    @Test
    void theGeneratorIsDeterministic() {
        assertThat(DemoZone.enterprises()).isEqualTo(DemoZone.enterprises());
    }

    @Test
    void everyCreditCodeIsValidAndUniqueWithinItsPark() {
        for (String park : List.of(DemoZone.XINGGUO, DemoZone.DEMO2)) {
            List<DemoEnterprise> list = DemoZone.enterprises().stream().filter(e -> e.park().equals(park)).toList();
            assertThat(list).allSatisfy(e -> assertThat(CreditCode.isValid(e.creditCode())).as(e.creditCode()).isTrue());
            assertThat(list.stream().map(DemoEnterprise::creditCode).collect(Collectors.toSet())).hasSize(list.size());
            assertThat(list.stream().map(DemoEnterprise::name).collect(Collectors.toSet())).hasSize(list.size());
        }
    }

    @Test
    void elevenEnterprisesEnterAboveScaleInJanuaryToMay2022AndElevenIn2024() {
        assertThat(entries(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 5, 31))).isEqualTo(11);
        assertThat(entries(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualTo(11);
    }

    @Test
    void noEventPredatesSettlingAndEventsAreInOrder() {
        for (DemoEnterprise e : DemoZone.enterprises()) {
            LocalDate last = e.settledOn();
            for (Event event : e.events()) {
                assertThat(event.date()).as(e.name()).isAfterOrEqualTo(last);
                assertThat(event.date()).isBefore(LocalDate.of(2025, 1, 1));
                last = event.date();
            }
        }
    }

    @Test
    void theNamedEnterprisesOfTheReportsArePresent() {
        Set<String> names = new HashSet<>(DemoZone.xingguo().stream().map(DemoEnterprise::name).toList());
        assertThat(names).contains("兴国县旭航诚电子有限公司", "江西百丈泉食品饮料有限公司", "江西兴氟化工有限公司",
                "兴国永华热转印有限公司", "兴国绿宝米业有限公司", "三一智能建造（兴国）有限公司", "江西晶华显示科技有限公司",
                "兴国荣发门业有限公司", "兴国鸿鑫光学有限公司");
        assertThat(DemoZone.xingguo()).filteredOn(e -> e.name().startsWith("兴国县旭航诚"))
                .singleElement().extracting(DemoEnterprise::creditCode).isEqualTo(DemoZone.XUHANGCHENG_CREDIT_CODE);
    }

    @Test
    void everyAwardGoesToAnEnterpriseThatHadSettledAndIsRecordedOnce() {
        var settled = new java.util.HashMap<String, LocalDate>();
        DemoZone.xingguo().forEach(e -> settled.put(e.creditCode(), e.settledOn()));
        List<DemoQualification> awards = DemoQualifications.xingguo();
        assertThat(awards).allSatisfy(q -> assertThat(q.awardedOn()).as(q.toString())
                .isAfterOrEqualTo(settled.get(q.creditCode())));
        assertThat(awards.stream().map(q -> q.creditCode() + q.type() + q.level() + q.awardedOn()).distinct().count())
                .isEqualTo(awards.size());
        assertThat(DemoQualifications.xingguo()).isEqualTo(awards);
    }

    @Test
    void monthlyReportsAddUpToThePeriodTotalsToTheCent() {
        List<DemoIndicators.Row> rows = DemoIndicators.xingguo();
        for (DemoIndicators.Period p : DemoIndicators.PERIODS) {
            java.math.BigDecimal revenue = rows.stream()
                    .filter(r -> !r.month().isBefore(p.from()) && !r.month().isAfter(p.to()))
                    .map(DemoIndicators.Row::revenue).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            assertThat(revenue).isEqualByComparingTo(java.math.BigDecimal.valueOf(p.revenue(), 2));
        }
        assertThat(rows.stream().map(r -> r.creditCode() + r.month()).distinct().count()).isEqualTo(rows.size());
    }

    private static long entries(LocalDate from, LocalDate to) {
        return DemoZone.xingguo().stream().flatMap(e -> e.events().stream())
                .filter(ev -> ev instanceof ScaleEvent s && s.aboveScale() && !s.date().isBefore(from) && !s.date().isAfter(to))
                .count();
    }
}
