package cn.yuanqu.safety.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A major hazard's 治理方案: goals, measures, funds, people, deadline and the safety and emergency measures. */
@Name("PlanInput")
@Description("重大隐患治理方案 / a major hazard's remediation plan")
@Schema(name = "PlanInput", description = "重大隐患治理方案 / a major hazard's remediation plan")
public record PlanInput(
        @NonNull @NotBlank @Size(max = 2000) @Description("治理目标和任务 / goals") @Schema(required = true, maxLength = 2000) String goals,
        @NonNull @NotBlank @Size(max = 4000) @Description("采取的方法和措施 / measures") @Schema(required = true, maxLength = 4000) String measures,
        @NonNull @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("经费（元） / funds, yuan") @Schema(required = true) BigDecimal funds,
        @NonNull @NotBlank @Size(max = 500) @Description("负责的机构和人员 / people") @Schema(required = true, maxLength = 500) String people,
        @NonNull @NotNull @Description("治理时限 / deadline") @Schema(required = true) LocalDate deadline,
        @NonNull @NotBlank @Size(max = 4000) @Description("安全措施和应急预案 / safety and emergency measures") @Schema(required = true, maxLength = 4000) String emergencyMeasures) {
}
