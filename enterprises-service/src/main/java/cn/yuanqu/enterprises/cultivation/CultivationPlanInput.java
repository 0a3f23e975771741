package cn.yuanqu.enterprises.cultivation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The plan of an entry: when, who, how (一企一策). */
@Name("CultivationPlanInput")
@Description("培育计划 / cultivation plan")
@Schema(name = "CultivationPlan", description = "培育计划 / cultivation plan")
public record CultivationPlanInput(
        @NonNull @NotNull @Pattern(regexp = MONTH) @Description("预计达成月份 YYYY-MM / expected month") @Schema(required = true, pattern = MONTH) String expectedMonth,
        @NonNull @NotBlank @Size(max = 50) @Description("责任干部 / responsible cadre") @Schema(required = true, maxLength = 50) String cadre,
        @Size(max = 4000) @Description("培育方案 / plan") @Schema(maxLength = 4000) String plan) {

    /** A month {@code YYYY-MM}. */
    static final String MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$";
}
