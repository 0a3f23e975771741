package cn.yuanqu.land.parcel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.yuanqu.platform.error.Violation;

/** The consistency rules of a parcel's facts with its status (422s naming the field). */
final class ParcelRules {

    private ParcelRules() {
    }

    static List<Violation> check(ParcelStatus status, ParcelFactsInput f, String prefix) {
        List<Violation> bad = new ArrayList<>();
        if (status.supplied()) {
            if (f.holderId() == null || f.holderId().isBlank()) {
                bad.add(new Violation(prefix + "holderId", "RequiredWhenSupplied", "已供应的宗地须登记使用权企业",
                        "a supplied parcel names its holder"));
            }
            if (f.supplyMethod() == null) {
                bad.add(new Violation(prefix + "supplyMethod", "RequiredWhenSupplied", "已供应的宗地须登记供地方式",
                        "a supplied parcel has a supply method"));
            }
            if (f.agreedStartOn() == null) {
                bad.add(new Violation(prefix + "agreedStartOn", "RequiredWhenSupplied", "已供应的宗地须登记约定动工日期（闲置认定的起算日）",
                        "a supplied parcel has an agreed start date"));
            }
        }
        if ((status == ParcelStatus.UNDER_CONSTRUCTION || status == ParcelStatus.BUILT || status == ParcelStatus.INEFFICIENT)
                && f.startedOn() == null) {
            bad.add(new Violation(prefix + "startedOn", "RequiredWhenStarted", "在建或已建成的宗地须登记动工日期",
                    "a parcel under construction or built has a start date"));
        }
        order(bad, prefix + "agreedCompletionOn", f.agreedStartOn(), f.agreedCompletionOn(), "约定竣工日期不能早于约定动工日期");
        order(bad, prefix + "completedOn", f.startedOn(), f.completedOn(), "竣工日期不能早于动工日期");
        order(bad, prefix + "suspendedSince", f.startedOn(), f.suspendedSince(), "中止日期不能早于动工日期");
        return bad;
    }

    private static void order(List<Violation> bad, String field, LocalDate first, LocalDate second, String zh) {
        if (first != null && second != null && second.isBefore(first)) {
            bad.add(new Violation(field, "Order", zh, field + " cannot be before the date it follows"));
        }
    }
}
