package cn.yuanqu.platform.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Reading the rows of the figures queries (native SQL answers: numbers and dates as the driver gives them). */
public final class Rows {

    private Rows() {
    }

    /** A number column; null (no rows) reads as zero. */
    public static BigDecimal num(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    /** A date column. */
    public static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
    }

    /** Puts the columns of a row under the keys, in order; a null key skips its column. */
    public static void put(Map<String, BigDecimal> values, Object[] row, String... keys) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != null) {
                values.put(keys[k], num(row[k]));
            }
        }
    }
}
