package cn.yuanqu.safety.monitoring;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One indicator's measured value (mg/L; pH without unit). */
@Name("MeasurementInput")
@Description("检测结果 / a measured value")
@Schema(name = "MeasurementInput", description = "检测结果 / a measured value")
public record MeasurementInput(
        @NonNull @NotNull @Description("指标 / indicator") @Schema(required = true) Indicator indicator,
        @NonNull @NotNull @DecimalMin("0") @DecimalMax("99999999") @Digits(integer = 8, fraction = 6)
        @Description("测定值（mg/L，pH无量纲） / value") @Schema(required = true) BigDecimal value) {
}
