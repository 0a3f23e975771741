package cn.yuanqu.safety.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A counted result of a campaign. */
@Name("CampaignResultInput")
@Description("专项行动成果 / a counted result of a campaign")
@Schema(name = "CampaignResultInput", description = "专项行动成果 / a counted result of a campaign")
public record ResultInput(
        @NonNull @NotBlank @Size(max = 100) @Description("事项，如 拆除防盗网 / item") @Schema(required = true, maxLength = 100) String item,
        @NonNull @NotBlank @Size(max = 10) @Description("单位，如 套、处 / unit") @Schema(required = true, maxLength = 10) String unit,
        @NonNull @NotNull @Min(0) @Max(10_000_000) @Description("数量 / count") @Schema(required = true) Integer count,
        @Description("约数：只数了个大概，报告写作“50余处”（不填为否） / the count is approximate (about this many; the report"
                + " writes 50余处); false when absent")
        @Schema(description = "约数：只数了个大概，报告写作“50余处”（不填为否） / the count is approximate (about this many; the"
                + " report writes 50余处); false when absent") Boolean approximate) {
}
