package cn.yuanqu.safety.monitoring;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One limit of a point: a maximum, a minimum (pH) or both. */
@Name("PointLimitInput")
@Description("监测点限值 / a limit of a point")
@Schema(name = "PointLimitInput", description = "监测点限值 / a limit of a point")
public record LimitInput(
        @NonNull @NotNull @Description("指标 / indicator") @Schema(required = true) Indicator indicator,
        @DecimalMin("0") @Description("下限（pH） / minimum") BigDecimal min,
        @DecimalMin("0") @Description("上限 / maximum") BigDecimal max) {
}
