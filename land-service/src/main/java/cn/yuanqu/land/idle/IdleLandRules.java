package cn.yuanqu.land.idle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * 闲置土地处置办法 (国土资源部令第53号, 2012) as rules (RULES.md):
 * <ul>
 * <li>第二条: idle when work has not started one full year after the agreed start date; or it started but
 * less than 1/3 of the area is developed or less than 25 % of the investment is made, and work has been
 * suspended for one full year.</li>
 * <li>第十四条: caused by the holder — idle one full year: 土地闲置费 of 20 % of the land price; two full
 * years: 无偿收回.</li>
 * <li>第八条, 第十二条: caused by the government — no fee; 延长动工期限 (≤ 1 year), 调整用途或规划条件, 临时使用
 * (≤ 2 years), 协议有偿收回, 置换土地.</li>
 * </ul>
 * "One full year" after a date D is reached on D plus one year (满一年): the edge day counts.
 */
public final class IdleLandRules {

    static final BigDecimal ONE_THIRD = new BigDecimal("0.333333");
    static final BigDecimal QUARTER = new BigDecimal("0.25");
    static final BigDecimal FEE_RATE = new BigDecimal("0.20");

    static final List<DisposalMethod> ENTERPRISE_FIRST_YEAR = List.of(DisposalMethod.IDLE_FEE, DisposalMethod.DEADLINE_START);
    static final List<DisposalMethod> ENTERPRISE_TWO_YEARS = List.of(DisposalMethod.FREE_RECOVERY);
    static final List<DisposalMethod> GOVERNMENT = List.of(DisposalMethod.EXTEND_START, DisposalMethod.CHANGE_USE,
            DisposalMethod.TEMPORARY_USE, DisposalMethod.AGREED_RECOVERY, DisposalMethod.LAND_SWAP);

    private IdleLandRules() {
    }

    public static Assessment assess(ParcelFacts f, LocalDate asOf) {
        List<String> reasons = new ArrayList<>();
        LocalDate clock = clock(f, asOf, reasons);
        if (clock == null || asOf.isBefore(clock.plusYears(1))) {
            if (clock != null) {
                reasons.add("起算日" + clock + "，至" + asOf + "未满一年，不构成闲置（第二条）");
            }
            return new Assessment(asOf, false, clock, null, clock == null ? 0 : fullYears(clock, asOf), null, null, List.of(),
                    null, reasons);
        }
        int years = fullYears(clock, asOf);
        LocalDate since = clock.plusYears(1);
        if (f.governmentCause() != null) {
            reasons.add("因" + f.governmentCause().label() + "造成闲置，属政府原因：不征缴闲置费，可延长动工期限（不超过一年）、"
                    + "调整用途或规划条件、临时使用（不超过两年）、协议有偿收回或置换土地（第八条、第十二条）");
            return new Assessment(asOf, true, clock, since, years, Cause.GOVERNMENT, f.governmentCause(), GOVERNMENT, null, reasons);
        }
        BigDecimal fee = f.landPrice() == null ? null : f.landPrice().multiply(FEE_RATE).setScale(2, RoundingMode.HALF_UP);
        if (years >= 2) {
            reasons.add("企业原因闲置满两年（自" + clock.plusYears(2) + "）：报经有批准权的人民政府批准后无偿收回（第十四条第二项）");
            return new Assessment(asOf, true, clock, since, years, Cause.ENTERPRISE, null, ENTERPRISE_TWO_YEARS, fee, reasons);
        }
        reasons.add("企业原因闲置满一年（自" + since + "）：按出让或划拨价款的20%征缴土地闲置费"
                + (fee == null ? "（价款未登记，无法计算）" : fee.toPlainString() + "元") + "，不得列入生产成本（第十四条第一项）");
        return new Assessment(asOf, true, clock, since, years, Cause.ENTERPRISE, null, ENTERPRISE_FIRST_YEAR, fee, reasons);
    }

    /**
     * The date the one-year clock runs from: the agreed start date when work has not started by then; the
     * suspension date when work started but stayed under 1/3 developed or 25 % invested; none otherwise.
     */
    private static LocalDate clock(ParcelFacts f, LocalDate asOf, List<String> reasons) {
        if (f.agreedStartOn() == null) {
            reasons.add("未约定动工日期，不适用第二条");
            return null;
        }
        boolean started = f.startedOn() != null && !f.startedOn().isAfter(asOf);
        if (!started) {
            reasons.add("约定" + f.agreedStartOn() + "动工，至" + asOf + "未动工开发");
            return f.agreedStartOn();
        }
        boolean little = (f.developedShare() != null && f.developedShare().compareTo(ONE_THIRD) < 0)
                || (f.investedShare() != null && f.investedShare().compareTo(QUARTER) < 0);
        if (f.suspendedSince() != null && !f.suspendedSince().isAfter(asOf) && little) {
            reasons.add("已动工但开发面积不足三分之一或投资额不足25%，" + f.suspendedSince() + "起中止开发建设");
            return f.suspendedSince();
        }
        reasons.add(f.startedOn() + "已动工开发" + (f.suspendedSince() != null ? "，开发或投资已达比例" : "，未中止"));
        return null;
    }

    private static int fullYears(LocalDate from, LocalDate asOf) {
        return asOf.isBefore(from) ? 0 : (int) ChronoUnit.YEARS.between(from, asOf);
    }

    /** Whether {@code method} is among the lawful options of an idle-land assessment. */
    public static boolean lawful(Assessment a, DisposalMethod method) {
        return a.options().contains(method);
    }
}
