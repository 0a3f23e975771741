package cn.yuanqu.gateway.land;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A year's disposal target to set. */
@Description("年度处置目标 / a year's disposal target")
@Input("DisposalTargetInput")
public record DisposalTargetInput(
        @NonNull @Description("处置比例 0–1（年初存量的比例） / share of the stock at the start of the year, 0–1") BigDecimal clearedShare,
        @Description("说明 / note") String note) {
}
