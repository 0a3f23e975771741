package cn.yuanqu.enterprises.visit;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A correction of a visit's record (its requests are handled on their own). */
@Name("VisitUpdateInput")
@Description("更正走访记录 / correct a visit")
@Schema(name = "VisitUpdate", description = "更正走访记录 / correct a visit")
public record VisitUpdate(
        @NonNull @NotNull @PastOrPresent @Description("走访日期 / visited on") @Schema(required = true) LocalDate visitedOn,
        @NonNull @NotBlank @Size(max = 200) @Description("走访人员 / visitors") @Schema(required = true, maxLength = 200) String visitors,
        @Description("走访类型 / kind") VisitKind kind,
        @Size(max = 4000) @Description("走访情况 / notes") @Schema(maxLength = 4000) String notes) {
}
