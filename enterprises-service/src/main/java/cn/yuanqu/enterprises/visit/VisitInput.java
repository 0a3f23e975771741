package cn.yuanqu.enterprises.visit;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit and the requests the enterprise raised in it (recorded together, all or nothing). */
@Name("VisitInput")
@Description("走访记录 / a visit")
@Schema(name = "VisitInput", description = "走访记录 / a visit")
public record VisitInput(
        @NonNull @Id @NotBlank @Description("企业ID / enterprise id") @Schema(required = true) String enterpriseId,
        @NonNull @NotNull @PastOrPresent @Description("走访日期 / visited on") @Schema(required = true) LocalDate visitedOn,
        @NonNull @NotBlank @Size(max = 200) @Description("走访人员 / visitors") @Schema(required = true, maxLength = 200) String visitors,
        @Description("走访类型，默认包保走访 / kind, default routine") VisitKind kind,
        @Size(max = 4000) @Description("走访情况 / notes") @Schema(maxLength = 4000) String notes,
        @Valid @Size(max = 50) @Description("收集的诉求 / requests raised") List<@NotNull @Valid RaisedRequestInput> requests) {
}
