package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A standard factory building with its units and today's letting. */
@Description("标准厂房 / a factory building")
public record FactoryBuilding(
        @NonNull @Id @Description("楼栋ID / building id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("楼栋编号 / code") String code,
        @NonNull @Description("名称 / name") String name,
        @Description("位置 / location") String location,
        @NonNull @Description("层数 / floors") Integer floors,
        @Description("建成日期 / built on") LocalDate builtOn,
        @NonNull @Description("总面积（平方米） / total area") BigDecimal totalAreaM2,
        @NonNull @Description("已出租面积（平方米） / area let") BigDecimal leasedAreaM2,
        @NonNull @Description("空置面积（平方米） / area vacant") BigDecimal vacantAreaM2,
        @NonNull @Description("单元 / units") List<@NonNull FactoryUnit> units,
        @NonNull @Description("版本号 / version") Long version) {
}
