package cn.yuanqu.gateway.land;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A unit of a factory building and its current tenant. */
@Description("厂房单元 / a factory unit")
public record FactoryUnit(
        @NonNull @Id @Description("单元ID / unit id") String id,
        @NonNull @Description("单元编号 / code") String code,
        @NonNull @Description("楼层 / floor") Integer floor,
        @NonNull @Description("面积（平方米） / area, m²") BigDecimal areaM2,
        @Id @Description("当前租赁ID / current lease") String leaseId,
        @Id @Description("承租企业ID / tenant") String tenantId,
        @Description("承租企业 / tenant name") String tenantName) {
}
