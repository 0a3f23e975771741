package cn.yuanqu.safety.hazard;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An officer's review (复查) of a rectification: passed, or failed with the reason. */
@Name("ReviewInput")
@Description("复查 / a review of the rectification")
@Schema(name = "ReviewInput", description = "复查 / a review of the rectification")
public record ReviewInput(
        @NonNull @NotNull @Description("是否通过 / passed") @Schema(required = true) Boolean passed,
        @NonNull @NotNull @PastOrPresent @Description("复查日期 / reviewed on") @Schema(required = true) LocalDate reviewedOn,
        @NonNull @NotNull @Description("是否现场复查（重大隐患必须） / on site (required for a major hazard)") @Schema(required = true) Boolean onSite,
        @Size(max = 2000) @Description("复查意见（未通过时必填） / opinion, required when it fails") @Schema(maxLength = 2000) String opinion) {
}
