package cn.yuanqu.land.figures;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.platform.figures.Figure;
import cn.yuanqu.platform.figures.Highlight;

/** The land figures and highlights of one park. */
@Name("LandParkFigures")
@Description("园区土地与厂房指标 / a park's land and factory figures")
@Schema(name = "LandParkFigures", description = "园区土地与厂房指标 / a park's land and factory figures")
public record ParkFigures(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("存量指标的截止日期（期末，未结束的期间为今天） / stock figures are as of this date") LocalDate asOf,
        @NonNull @Description("上年同期的截止日期 / as-of date of the base period") LocalDate baseAsOf,
        @NonNull @Description("指标 / figures") List<@NonNull Figure> figures,
        @NonNull @Description("亮点清单 / highlight lists") List<@NonNull Highlight> highlights) {
}
