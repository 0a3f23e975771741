package cn.yuanqu.safety.duty;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A responsibility letter as recorded: one per enterprise and year. */
@Name("LetterInput")
@Description("安全生产责任状 / a safety responsibility letter")
@Schema(name = "LetterInput", description = "安全生产责任状 / a safety responsibility letter")
public record LetterInput(
        @NonNull @NotBlank @Description("企业ID / enterprise id") @Schema(required = true) String enterpriseId,
        @NonNull @NotNull @Min(2000) @Max(2100) @Description("年度 / year") @Schema(required = true) Integer year,
        @NonNull @NotNull @PastOrPresent @Description("签订日期 / signed on") @Schema(required = true) LocalDate signedOn,
        @NonNull @NotBlank @Size(max = 50) @Description("企业签订人 / signatory") @Schema(required = true, maxLength = 50) String signatory,
        @Size(max = 1000) @Description("备注 / notes") @Schema(maxLength = 1000) String notes) {
}
