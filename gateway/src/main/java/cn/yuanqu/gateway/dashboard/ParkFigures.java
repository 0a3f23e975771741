package cn.yuanqu.gateway.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One service's figures for one park (its figures endpoint's answer). */
@Description("园区指标 / a park's figures from one service")
public record ParkFigures(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("存量指标的截止日期 / stock figures are as of this date") LocalDate asOf,
        @NonNull @Description("上年同期的截止日期 / as-of date of the base period") LocalDate baseAsOf,
        @NonNull @Description("指标 / figures") List<@NonNull Figure> figures,
        @NonNull @Description("亮点清单 / highlight lists") List<@NonNull Highlight> highlights) {

    /** The figures and highlights of one section (figures whose {@code section} is it; highlights whose key starts with a prefix). */
    ParkFigures only(String section, List<String> highlightPrefixes) {
        return new ParkFigures(park, asOf, baseAsOf, figures.stream().filter(f -> f.section().equals(section)).toList(),
                highlights.stream().filter(h -> highlightPrefixes.stream().anyMatch(h.key()::startsWith)).toList());
    }
}
