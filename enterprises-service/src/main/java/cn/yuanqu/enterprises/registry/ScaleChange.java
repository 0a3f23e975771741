package cn.yuanqu.enterprises.registry;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Entering (入规) or leaving (退规) above-designated-size status. */
@Name("ScaleChangeInput")
@Description("规上标志变更（入规/退规） / entering or leaving above-scale status")
@Schema(name = "ScaleChange", description = "规上标志变更（入规/退规） / entering or leaving above-scale status")
public record ScaleChange(
        @NonNull @NotNull @Description("是否规上 / above scale after the change") @Schema(description = "是否规上 / above scale after the change", required = true) Boolean aboveScale,
        @NonNull @NotNull @PastOrPresent @Description("生效日期（入规/退规日期） / effective date")
        @Schema(description = "生效日期（入规/退规日期） / effective date", required = true) LocalDate effectiveDate,
        @Size(max = 500) @Description("原因，如 年度入规、月度新增 / reason") @Schema(description = "原因 / reason", maxLength = 500) String reason) {
}
