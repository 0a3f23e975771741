package cn.yuanqu.land.factory;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A factory building with its units. */
@Name("FactoryBuildingInput")
@Description("登记标准厂房 / register a factory building")
@Schema(name = "FactoryBuildingInput", description = "登记标准厂房及其单元 / a factory building with its units")
public record BuildingInput(
        @NonNull @NotBlank @Size(max = 30) @Description("楼栋编号（园区内唯一），如 3# / code") @Schema(required = true) String code,
        @NonNull @NotBlank @Size(max = 100) @Description("名称 / name") @Schema(required = true) String name,
        @Size(max = 200) @Description("位置 / location") String location,
        @NonNull @NotNull @Min(1) @Max(60) @Description("层数 / floors") @Schema(required = true) Integer floors,
        @Description("建成日期 / built on") LocalDate builtOn,
        @NonNull @NotEmpty @Size(max = 200) @Description("单元 / units") @Schema(required = true) List<@NonNull @NotNull @Valid UnitInput> units) {
}
