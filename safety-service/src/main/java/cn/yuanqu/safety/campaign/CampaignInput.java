package cn.yuanqu.safety.campaign;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign as recorded. */
@Name("CampaignInput")
@Description("专项行动 / a campaign")
@Schema(name = "CampaignInput", description = "专项行动 / a campaign")
public record CampaignInput(
        @NonNull @NotBlank @Size(max = 200) @Description("名称，如 拆牌、破网、清通道专项行动 / name") @Schema(required = true, maxLength = 200) String name,
        @NonNull @NotNull @Description("类型 / kind") @Schema(required = true) CampaignKind kind,
        @NonNull @NotNull @Description("开始日期 / from") @Schema(required = true) LocalDate startOn,
        @Description("结束日期 / to") LocalDate endOn,
        @Size(max = 2000) @Description("说明 / description") @Schema(maxLength = 2000) String description) {
}
