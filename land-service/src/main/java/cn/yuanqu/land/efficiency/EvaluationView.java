package cn.yuanqu.land.efficiency;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's evaluation: the scheme applied, when, by whom, and the A/B/C/D distribution per population. */
@Name("EfficiencyEvaluation")
@Description("年度亩产效益评价 / a year's per-mu efficiency evaluation")
@Schema(name = "EfficiencyEvaluation", description = "年度亩产效益评价 / a year's evaluation")
public record EvaluationView(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("评价年度 / year") Integer year,
        @Description("所用评价办法的年度（为空则为系统默认办法） / year of the park's scheme used, empty for the built-in one") Integer schemeYear,
        @NonNull @Description("所用评价办法 / the scheme applied") Scheme scheme,
        @NonNull @Description("参评企业数 / enterprises evaluated") Integer enterprises,
        @NonNull @Description("评价时间 / evaluated at") OffsetDateTime evaluatedAt,
        @NonNull @Description("评价人（定时任务为 system） / by whom; the scheduled run is system") String evaluatedBy,
        @NonNull @Description("分类分布 / distribution") List<@NonNull GradeCount> distribution) {
}
