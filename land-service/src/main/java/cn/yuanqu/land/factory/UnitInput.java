package cn.yuanqu.land.factory;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit of a building. */
@Name("FactoryUnitInput")
@Description("厂房单元 / a unit")
@Schema(name = "FactoryUnitInput", description = "厂房单元 / a unit")
public record UnitInput(
        @NonNull @NotBlank @Size(max = 30) @Description("单元编号，如 3#-2F / code") @Schema(required = true) String code,
        @NonNull @NotNull @Min(-3) @Max(60) @Description("楼层 / floor") @Schema(required = true) Integer floor,
        @NonNull @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
        @Description("面积（平方米） / area, m²") @Schema(required = true) BigDecimal areaM2) {
}
