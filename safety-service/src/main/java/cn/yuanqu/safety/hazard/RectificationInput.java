package cn.yuanqu.safety.hazard;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the enterprise did about a hazard: measures, the date, evidence and links. {@code completed} says the
 * rectification is finished and the hazard goes to review (待复查).
 */
@Name("RectificationInput")
@Description("整改情况 / a rectification record")
@Schema(name = "RectificationInput", description = "整改情况 / a rectification record")
public record RectificationInput(
        @NonNull @NotNull @PastOrPresent @Description("整改日期 / date") @Schema(required = true) LocalDate doneOn,
        @NonNull @NotBlank @Size(max = 4000) @Description("整改措施 / measures taken") @Schema(required = true, maxLength = 4000) String measures,
        @Size(max = 4000) @Description("佐证说明 / evidence") @Schema(maxLength = 4000) String evidence,
        @DefaultValue("[]") @Size(max = 10) @Description("佐证链接（照片、视频） / evidence links") List<@NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "须为 http(s) 链接 / must be an http(s) link") String> links,
        @NonNull @NotNull @Description("整改完成，申请复查 / finished: ask for review") @Schema(required = true) Boolean completed) {
}
