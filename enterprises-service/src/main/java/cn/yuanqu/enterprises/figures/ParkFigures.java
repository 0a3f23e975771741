package cn.yuanqu.enterprises.figures;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.platform.figures.Figure;
import cn.yuanqu.platform.figures.Highlight;

/** The figures and highlights of one park. */
@Name("EnterpriseParkFigures")
@Description("园区企业服务指标 / a park's enterprise figures")
@Schema(name = "EnterpriseParkFigures", description = "园区企业服务指标 / a park's enterprise figures")
public record ParkFigures(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("存量指标的截止日期（期末，未结束的期间为今天） / stock figures are as of this date") LocalDate asOf,
        @NonNull @Description("上年同期的截止日期 / as-of date of the base period") LocalDate baseAsOf,
        @NonNull @Description("指标 / figures") List<@NonNull Figure> figures,
        @NonNull @Description("亮点清单 / highlight lists") List<@NonNull Highlight> highlights) {
}
