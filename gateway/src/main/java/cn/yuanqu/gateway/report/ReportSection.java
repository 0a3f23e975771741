package cn.yuanqu.gateway.report;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.gateway.dashboard.Figure;
import cn.yuanqu.gateway.dashboard.Highlight;

/** One section of the work report: the sentences that state its figures, the figures and the named lists behind them. */
@Description("工作总结的一节：表述语句、所引指标与亮点清单 / a section of the work report")
public record ReportSection(
        @NonNull @Description("键：economy、cultivation、projects、safety、land、service / key") String key,
        @NonNull @Description("标题，如 一、经济运行 / title") String title,
        @NonNull @Description("表述语句（如“1-5月，园区实现营业收入13.88亿元，同比下降14.78%”） / the sentences") List<@NonNull String> sentences,
        @NonNull @Description("所引指标 / the figures stated") List<@NonNull Figure> figures,
        @NonNull @Description("亮点清单（点名的企业、项目、宗地） / the named lists") List<@NonNull Highlight> highlights) {
}
