package cn.yuanqu.land.efficiency;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enterprise's 亩产效益 result for a year: land, figures (元, 吨标准煤), indicator scores, score, rank and class. */
@Name("EfficiencyResult")
@Description("企业亩产效益评价结果 / an enterprise's per-mu efficiency result")
@Schema(name = "EfficiencyResult", description = "企业亩产效益评价结果（元；吨标准煤） / an enterprise's result (yuan; tce)")
public record ResultView(
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("企业名称 / name") String enterpriseName,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("评价年度 / year") Integer year,
        @NonNull @Description("评价对象（年末规上/规下） / population") Population population,
        @NonNull @Description("用地面积（亩，年末持有） / land held on 31 December") BigDecimal landMu,
        @NonNull @Description("宗地数 / parcels") Integer parcels,
        @NonNull @Description("已报月数 / months reported") Integer monthsReported,
        @NonNull @Description("营业收入 / revenue") BigDecimal revenue,
        @NonNull @Description("实缴税金 / tax") BigDecimal tax,
        @NonNull @Description("增加值 / value added") BigDecimal valueAdded,
        @NonNull @Description("综合能耗（吨标准煤） / energy") BigDecimal energyTce,
        @NonNull @Description("研发经费 / R&D") BigDecimal rd,
        @Description("平均从业人数 / average headcount") BigDecimal employees,
        @NonNull @Description("单项指标得分 / indicator scores") List<@NonNull IndicatorScore> scores,
        @NonNull @Description("综合得分 / score") BigDecimal score,
        @NonNull @Description("同类排名（同分同名次） / rank within the population") Integer rank,
        @NonNull @Description("分类 / class") Grade grade,
        @NonNull @Description("分类名称 / class name") String gradeLabel) {

    static ResultView of(EfficiencyResult r) {
        return new ResultView(r.getEnterpriseId().toString(), r.getEnterpriseName(), r.getParkId(), r.getYear(),
                r.getPopulation(), r.getLandMu(), r.getParcels(), r.getMonthsReported(), r.getRevenue(), r.getTax(),
                r.getValueAdded(), r.getEnergyTce(), r.getRd(), r.getEmployees(), r.getScores(), r.getScore(), r.getRank(),
                r.getGrade(), r.getGrade().name() + "类 " + r.getGrade().label());
    }
}
