package cn.yuanqu.gateway.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A progress report as reported: cumulative figures as of {@code reportDate}, which never go backwards. */
@Description("项目进度填报 / a progress report")
@Input("ProgressInput")
public record ProgressInput(
        @NonNull @Description("周报或月报 / weekly or monthly") ReportKind kind,
        @NonNull @Description("截止日期，不晚于今天 / as of, not in the future") LocalDate reportDate,
        @NonNull @Description("累计完成投资（元），不少于上次 / cumulative investment completed, yuan, never less than before") BigDecimal cumulativeInvestment,
        @NonNull @Description("形象进度（%，0–100） / physical progress, %, 0–100") BigDecimal imageProgress,
        @Description("形象进度描述 / milestone reached") String milestone,
        @Description("累计管网（公里） / pipes laid, km") BigDecimal pipeKm,
        @Description("累计道路（公里） / road built, km") BigDecimal roadKm,
        @Description("累计平整土地（亩） / land levelled, mu") BigDecimal levelledMu,
        @Description("累计建成厂房（平方米） / factory floor built, m²") BigDecimal factoryM2) {
}
