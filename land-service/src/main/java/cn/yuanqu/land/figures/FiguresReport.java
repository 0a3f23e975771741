package cn.yuanqu.land.figures;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures endpoint's answer (DESIGN.md): per park, for a period of months, with the base period. */
@Name("LandFigures")
@Description("土地与厂房指标（期间、上年同期、同比） / land and factory figures for a period")
@Schema(name = "LandFigures", description = "土地与厂房指标（期间、上年同期、同比） / land and factory figures for a period")
public record FiguresReport(
        @NonNull @Description("起始月份 YYYY-MM / from") String from,
        @NonNull @Description("截止月份 YYYY-MM / to") String to,
        @NonNull @Description("同比基期起 / base from") String baseFrom,
        @NonNull @Description("同比基期止 / base to") String baseTo,
        @NonNull @Description("各园区 / per park") List<@NonNull ParkFigures> parks) {
}
