package cn.yuanqu.clients.enterprises;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * enterprises-service's answer to a yearly-totals request: the year of each enterprise of the park
 * asked (money in 元, energy in 吨标准煤), and the ids that are not of an enterprise of the park.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record YearlyTotals(String park, int year, List<Row> rows, List<String> unknown) {

    /** At most 500 ids per request. */
    public static final int MAX_IDS = 500;

    /** What to total. */
    public record Request(String park, int year, List<String> enterpriseIds) {
    }

    /** One enterprise's year; {@code monthsReported} 0 means it reported nothing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String enterpriseId, String name, String creditCode, boolean aboveScale, int monthsReported,
            BigDecimal operatingRevenue, BigDecimal taxPaid, BigDecimal valueAdded, BigDecimal energyTce,
            BigDecimal rdSpending, BigDecimal averageEmployees) {
    }
}
