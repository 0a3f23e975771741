package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The efficiency scheme in force for a park and year, and where it comes from. */
@Description("某年度适用的亩均效益评价办法 / the scheme in force for a year")
public record EfficiencySchemeInForce(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("年度 / year") Integer year,
        @NonNull @Description("是否为该年度专门设定 / set for this very year") Boolean stored,
        @Description("沿用的年度（为空且未设定时为系统默认） / the earlier year it comes from; empty with stored=false: the built-in one") Integer basedOnYear,
        @NonNull @Description("评价办法 / the scheme") EfficiencyScheme scheme,
        @Description("版本号（未设定时为空；修改时传回） / version, empty when not stored; pass it back when changing") Long version) {
}
