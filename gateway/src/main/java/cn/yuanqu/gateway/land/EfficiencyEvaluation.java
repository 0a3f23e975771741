package cn.yuanqu.gateway.land;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A park's efficiency evaluation of a year and its class distribution. */
@Description("年度亩产效益评价 / a year's per-mu efficiency evaluation")
public record EfficiencyEvaluation(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("评价年度 / year") Integer year,
        @NonNull @Description("参评企业数 / enterprises evaluated") Integer enterprises,
        @NonNull @Description("分类分布 / distribution") List<@NonNull EfficiencyGradeCount> distribution,
        @NonNull @Description("所用评价办法 / the scheme applied") EfficiencyScheme scheme,
        @Description("所用评价办法的年度（为空则为系统默认办法） / year of the park's scheme used, empty for the built-in one") Integer schemeYear,
        @NonNull @Description("评价时间 / evaluated at") OffsetDateTime evaluatedAt,
        @NonNull @Description("评价人（定时任务为 system） / by whom; the scheduled run is system") String evaluatedBy) {
}
