package cn.yuanqu.projects.promotion;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead's step: into talks (洽谈) or abandoned (放弃, with the reason). Signing has its own operation. */
@Name("LeadTransitionInput")
@Description("线索状态变更：洽谈或放弃 / a lead's step: into talks or abandoned")
@Schema(name = "LeadTransition", description = "线索状态变更：洽谈或放弃 / a lead's step: into talks or abandoned")
public record LeadTransitionInput(
        @NonNull @NotNull @Description("目标状态 NEGOTIATING/ABANDONED / target status") @Schema(required = true) LeadStatus to,
        @NonNull @NotNull @PastOrPresent @Description("日期 / date") @Schema(required = true) LocalDate effectiveDate,
        @Size(max = 1000) @Description("说明（放弃时必填） / note, required to abandon") @Schema(maxLength = 1000) String reason) {
}
