package cn.yuanqu.projects.promotion;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up note on a lead. */
@Name("FollowUpInput")
@Description("线索跟进 / a follow-up on a lead")
@Schema(name = "FollowUpInput", description = "线索跟进 / a follow-up on a lead")
public record FollowUpInput(
        @NonNull @NotNull @PastOrPresent @Description("日期 / date") @Schema(required = true) LocalDate on,
        @NonNull @NotBlank @Size(max = 2000) @Description("跟进情况 / what happened") @Schema(required = true, maxLength = 2000) String text) {
}
