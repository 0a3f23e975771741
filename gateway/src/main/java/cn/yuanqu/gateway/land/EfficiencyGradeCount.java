package cn.yuanqu.gateway.land;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** How many enterprises and how much land fall in a class. */
@Description("亩均效益分类分布 / enterprises per class")
public record EfficiencyGradeCount(
        @NonNull @Description("评价对象 / population") EfficiencyPopulation population,
        @NonNull @Description("分类 / class") EfficiencyGrade grade,
        @NonNull @Description("企业数 / enterprises") Integer enterprises,
        @NonNull @Description("用地面积（亩） / land") BigDecimal landMu) {
}
