package cn.yuanqu.projects.scheduling;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How and when an issue was resolved. */
@Name("IssueResolutionInput")
@Description("问题解决情况 / how an issue was resolved")
@Schema(name = "IssueResolutionInput", description = "问题解决情况 / how an issue was resolved")
public record ResolutionInput(
        @NonNull @NotNull @PastOrPresent @Description("解决日期 / resolved on") @Schema(required = true) LocalDate resolvedOn,
        @NonNull @NotBlank @Size(max = 2000) @Description("解决情况 / resolution") @Schema(required = true, maxLength = 2000) String resolution) {
}
