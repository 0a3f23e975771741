package cn.yuanqu.land.efficiency;

import java.math.BigDecimal;
import java.util.List;

/** An enterprise evaluated: its indicators, total score, rank within its population and class. */
record Scored(Holder holder, List<IndicatorScore> scores, BigDecimal score, int rank, Grade grade) {
}
