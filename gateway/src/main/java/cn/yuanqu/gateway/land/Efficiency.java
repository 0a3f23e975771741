package cn.yuanqu.gateway.land;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An enterprise's latest 亩产效益 class (land-service). */
@Description("亩产效益评价（最近一次，土地服务） / the latest per-mu efficiency class, from land-service")
public record Efficiency(
        @NonNull @Description("评价年度 / year") Integer year,
        @NonNull @Description("分类 A/B/C/D / class") String grade,
        @NonNull @Description("分类名称，如 A类 优先发展 / class name") String gradeLabel,
        @Description("综合得分 / score") BigDecimal score,
        @Description("同类排名 / rank") Integer rank,
        @Description("用地面积（亩） / land held") BigDecimal landMu) {
}
