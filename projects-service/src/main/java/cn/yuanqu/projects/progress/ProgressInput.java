package cn.yuanqu.projects.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A progress report (进度填报): cumulative figures as of {@code reportDate} — they never go backwards —
 * the milestone reached and the physical quantities that matter for the project.
 */
@Name("ProgressInput")
@Description("项目进度填报 / a progress report")
@Schema(name = "ProgressInput", description = "项目进度填报 / a progress report")
public record ProgressInput(
        @NonNull @NotNull @Description("周报或月报 / weekly or monthly") @Schema(required = true) ReportKind kind,
        @NonNull @NotNull @PastOrPresent @Description("截止日期 / as of") @Schema(required = true) LocalDate reportDate,
        @NonNull @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("累计完成投资（元） / cumulative investment completed, yuan") @Schema(required = true) BigDecimal cumulativeInvestment,
        @NonNull @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Description("形象进度（%） / physical progress, %") @Schema(required = true, minimum = "0", maximum = "100") BigDecimal imageProgress,
        @Size(max = 2000) @Description("形象进度描述 / milestone reached") @Schema(maxLength = 2000) String milestone,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) @Description("累计管网（公里） / pipes laid, km") BigDecimal pipeKm,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) @Description("累计道路（公里） / road built, km") BigDecimal roadKm,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Description("累计平整土地（亩） / land levelled, mu") BigDecimal levelledMu,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Description("累计建成厂房（平方米） / factory floor built, m²") BigDecimal factoryM2) {
}
