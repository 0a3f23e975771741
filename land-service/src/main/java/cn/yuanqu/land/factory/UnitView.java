package cn.yuanqu.land.factory;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit with who rents it today (none: vacant). */
@Name("FactoryUnit")
@Description("厂房单元 / a factory unit")
@Schema(name = "FactoryUnit", description = "厂房单元及今日承租情况 / a unit and its tenant today")
public record UnitView(
        @NonNull @Id String id,
        @NonNull @Description("单元编号 / code") String code,
        @NonNull @Description("楼层 / floor") Integer floor,
        @NonNull @Description("面积（平方米） / area, m²") BigDecimal areaM2,
        @Id @Description("当前租赁ID / current lease") String leaseId,
        @Id @Description("承租企业ID / tenant") String tenantId,
        @Description("承租企业 / tenant name") String tenantName) {
}
