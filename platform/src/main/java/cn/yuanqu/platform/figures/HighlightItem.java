package cn.yuanqu.platform.figures;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.graphql.api.federation.Shareable;

/** An item of a highlight list: usually an enterprise with a date, a detail and an amount. */
@Name("HighlightItem")
@Shareable
@Description("亮点条目 / an item of a highlight list")
@Schema(name = "HighlightItem", description = "亮点条目 / an item of a highlight list")
public record HighlightItem(
        @Id @Description("企业ID（若有） / enterprise id, when the item is an enterprise") String enterpriseId,
        @NonNull @Description("名称 / name") String name,
        @Description("日期 / date") LocalDate date,
        @Description("说明，如资质类型与级别 / detail") String detail,
        @Description("数值，如金额（元）或占比 / value") BigDecimal value) {
}
