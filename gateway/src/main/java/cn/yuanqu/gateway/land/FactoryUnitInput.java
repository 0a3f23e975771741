package cn.yuanqu.gateway.land;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A unit of a building to register. */
@Description("厂房单元 / a unit")
@Input("FactoryUnitInput")
public record FactoryUnitInput(
        @NonNull @Description("单元编号 / code") String code,
        @NonNull @Description("楼层 / floor") Integer floor,
        @NonNull @Description("面积（平方米） / area, m²") BigDecimal areaM2) {
}
