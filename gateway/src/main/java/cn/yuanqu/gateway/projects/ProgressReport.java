package cn.yuanqu.gateway.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A progress report (进度填报): cumulative figures as of its date. */
@Description("项目进度填报 / a progress report")
public record ProgressReport(
        @NonNull @Id @Description("填报ID / report id") String id,
        @NonNull @Id @Description("项目ID / project id") String projectId,
        @NonNull @Description("周报或月报 / weekly or monthly") ReportKind kind,
        @NonNull @Description("截止日期 / as of") LocalDate reportDate,
        @NonNull @Description("累计完成投资（元） / cumulative investment, yuan") BigDecimal cumulativeInvestment,
        @NonNull @Description("形象进度（%） / physical progress, %") BigDecimal imageProgress,
        @Description("形象进度描述 / milestone") String milestone,
        @Description("累计管网（公里） / pipes, km") BigDecimal pipeKm,
        @Description("累计道路（公里） / road, km") BigDecimal roadKm,
        @Description("累计平整土地（亩） / levelled, mu") BigDecimal levelledMu,
        @Description("累计建成厂房（平方米） / factory floor, m²") BigDecimal factoryM2,
        @NonNull @Description("填报人 / reported by") String reportedBy,
        @NonNull @Description("版本号（更正时传回） / version, pass it back to correct") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
