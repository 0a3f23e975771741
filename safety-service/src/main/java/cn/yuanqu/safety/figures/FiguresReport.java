package cn.yuanqu.safety.figures;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures endpoint's answer (DESIGN.md): per park, for a period of months, with the base period. */
@Name("SafetyFigures")
@Description("安全环保指标（期间、上年同期、同比） / safety and environment figures for a period")
@Schema(name = "SafetyFigures", description = "安全环保指标（期间、上年同期、同比） / safety and environment figures for a period")
public record FiguresReport(
        @NonNull @Description("起始月份 YYYY-MM / from") String from,
        @NonNull @Description("截止月份 YYYY-MM / to") String to,
        @NonNull @Description("同比基期起 / base from") String baseFrom,
        @NonNull @Description("同比基期止 / base to") String baseTo,
        @NonNull @Description("各园区 / per park") List<@NonNull ParkFigures> parks) {
}
