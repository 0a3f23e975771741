package cn.yuanqu.land.efficiency;

import java.math.BigDecimal;

/**
 * An enterprise holding land in the park on 31 December of the year evaluated, with its year from
 * enterprises-service: the land (亩, parcels), the sums of its monthly reports (元, 吨标准煤) and its
 * average headcount (null where never reported).
 */
public record Holder(String enterpriseId, String name, Population population, BigDecimal landMu, int parcels,
        int monthsReported, BigDecimal revenue, BigDecimal tax, BigDecimal valueAdded, BigDecimal energyTce,
        BigDecimal rd, BigDecimal employees) {
}
