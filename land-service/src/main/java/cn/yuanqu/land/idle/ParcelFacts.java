package cn.yuanqu.land.idle;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What 53号令 looks at on a parcel: the agreed start date (出让合同 or 划拨决定书), whether and when work
 * started (动工开发), the developed share of the area and the invested share of the total investment
 * (land price and taxes excluded), since when work has been suspended, a government-caused reason if
 * there is one, and the land price the idle fee is computed from.
 */
public record ParcelFacts(LocalDate agreedStartOn, LocalDate startedOn, BigDecimal developedShare,
        BigDecimal investedShare, LocalDate suspendedSince, GovernmentCause governmentCause, BigDecimal landPrice) {
}
