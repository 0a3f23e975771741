package cn.yuanqu.land.efficiency;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The scheme in force for a park's year: the one set for that year ({@code stored}), else the park's latest
 * earlier one ({@code basedOnYear}), else the built-in one.
 */
@Name("EfficiencySchemeInForce")
@Description("某年度适用的评价办法 / the scheme in force for a year")
@Schema(name = "EfficiencySchemeInForce", description = "某年度适用的评价办法 / the scheme in force for a year")
public record SchemeView(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("年度 / year") Integer year,
        @NonNull @Description("是否为该年度专门设定 / set for this very year") Boolean stored,
        @Description("沿用的年度（为空且未设定时为系统默认） / the earlier year it comes from; empty with stored=false: the built-in one") Integer basedOnYear,
        @Description("版本号（未设定时为空） / version, empty when not stored") Long version,
        @NonNull @Description("评价办法 / the scheme") Scheme scheme) {
}
