package cn.yuanqu.gateway.dashboard;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One figure of several parks side by side, best first. */
@Description("园区排名（某一指标，各园区并列，从高到低） / parks ranked by one figure")
public record Ranking(
        @NonNull @Description("指标键 / key") String key,
        @NonNull @Description("指标名称 / name") String name,
        @NonNull @Description("单位 / unit") String unit,
        @NonNull @Description("各园区（从高到低，无值者在后） / parks, highest first, those without a value last") List<@NonNull RankedPark> parks) {
}
