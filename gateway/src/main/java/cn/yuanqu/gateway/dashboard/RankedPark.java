package cn.yuanqu.gateway.dashboard;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A park's place in a ranking. */
@Description("园区名次 / a park's place")
public record RankedPark(
        @Description("名次（同值同名次；无值为空） / rank, shared by equal values; empty without a value") Integer rank,
        @NonNull @Description("园区 / park") String park,
        @Description("本期值 / value") BigDecimal value,
        @Description("同比 / change against last year") BigDecimal ratio) {
}
