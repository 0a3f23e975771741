package cn.yuanqu.land.efficiency;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many enterprises of a population fell in a class, and the land they hold. */
@Description("分类分布 / enterprises per class")
@Schema(description = "分类分布 / enterprises per class")
public record GradeCount(
        @NonNull @Description("评价对象 / population") Population population,
        @NonNull @Description("分类 / class") Grade grade,
        @NonNull @Description("企业数 / enterprises") Integer enterprises,
        @NonNull @Description("用地面积（亩） / land") BigDecimal landMu) {
}
