package cn.yuanqu.land.factory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A building with its units, and its let and vacant area today. */
@Name("FactoryBuilding")
@Description("标准厂房 / a factory building")
@Schema(name = "FactoryBuilding", description = "标准厂房（今日出租与空置面积） / a factory building, let and vacant today")
public record BuildingView(
        @NonNull @Id String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("楼栋编号 / code") String code,
        @NonNull @Description("名称 / name") String name,
        @Description("位置 / location") String location,
        @NonNull @Description("层数 / floors") Integer floors,
        @Description("建成日期 / built on") LocalDate builtOn,
        @NonNull @Description("总面积（平方米） / total area") BigDecimal totalAreaM2,
        @NonNull @Description("已出租面积 / area let") BigDecimal leasedAreaM2,
        @NonNull @Description("空置面积 / area vacant") BigDecimal vacantAreaM2,
        @NonNull @Description("单元 / units") List<@NonNull UnitView> units,
        @NonNull @Description("版本号 / version") Long version) {
}
