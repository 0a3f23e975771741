package cn.yuanqu.gateway.land;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A standard factory building to register, with its units. */
@Description("登记标准厂房 / register a factory building")
@Input("FactoryBuildingInput")
public record FactoryBuildingInput(
        @NonNull @Description("楼栋编号 / code") String code,
        @NonNull @Description("名称 / name") String name,
        @Description("位置 / location") String location,
        @NonNull @Description("层数 / floors") Integer floors,
        @Description("建成日期 / built on") LocalDate builtOn,
        @NonNull @Description("单元 / units") List<@NonNull FactoryUnitInput> units) {
}
