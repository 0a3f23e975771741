package cn.yuanqu.gateway.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A named record behind a figure (an enterprise newly above scale, a project started, a parcel recovered …). */
@Description("亮点条目 / a named item")
public record HighlightItem(
        @Id @Description("企业ID（若有） / enterprise id, when the item is an enterprise") String enterpriseId,
        @NonNull @Description("名称 / name") String name,
        @Description("日期 / date") LocalDate date,
        @Description("说明 / detail") String detail,
        @Description("数值 / value") BigDecimal value) {
}
