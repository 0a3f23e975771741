package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An enterprise's per-mu efficiency result (亩产效益) for a year; also what Enterprise.efficiency joins (the latest). */
@Description("企业亩产效益评价结果（土地服务） / an enterprise's per-mu efficiency result, from land-service")
public record EfficiencyResult(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("评价年度 / year") Integer year,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("企业名称 / name") String enterpriseName,
        @NonNull @Description("评价对象（年末规上/规下） / population") EfficiencyPopulation population,
        @NonNull @Description("分类 A/B/C/D / class") EfficiencyGrade grade,
        @NonNull @Description("分类名称，如 A类 优先发展 / class name") String gradeLabel,
        @NonNull @Description("综合得分 / score") BigDecimal score,
        @NonNull @Description("同类排名（同分同名次） / rank within the population") Integer rank,
        @NonNull @Description("用地面积（亩，年末持有） / land held on 31 December") BigDecimal landMu,
        @NonNull @Description("宗地数 / parcels") Integer parcels,
        @NonNull @Description("营业收入（元） / revenue") BigDecimal revenue,
        @NonNull @Description("实缴税金（元） / tax") BigDecimal tax,
        @NonNull @Description("增加值（元） / value added") BigDecimal valueAdded,
        @NonNull @Description("综合能耗（吨标准煤） / energy") BigDecimal energyTce,
        @Description("平均从业人数 / average headcount") BigDecimal employees,
        @NonNull @Description("研发经费（元） / R&D") BigDecimal rd,
        @NonNull @Description("已报月数 / months reported") Integer monthsReported,
        @NonNull @Description("单项指标得分 / indicator scores") List<@NonNull EfficiencyIndicatorScore> scores) {
}
