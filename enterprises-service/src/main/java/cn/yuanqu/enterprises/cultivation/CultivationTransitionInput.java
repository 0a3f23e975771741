package cn.yuanqu.enterprises.cultivation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of the cultivation state machine. */
@Name("CultivationTransitionInput")
@Description("培育状态变更 / cultivation status change")
@Schema(name = "CultivationTransition", description = "培育状态变更 / cultivation status change")
public record CultivationTransitionInput(
        @NonNull @NotNull @Description("目标状态 / target status") @Schema(required = true) CultivationStatus to,
        @NonNull @NotNull @PastOrPresent @Description("生效日期（已认定时为入规/认定日期） / effective date (the date achieved)") @Schema(required = true) LocalDate effectiveDate,
        @Size(max = 500) @Description("原因或说明 / reason") @Schema(maxLength = 500) String reason,
        @Size(max = 100) @Description("证书编号（资质目标认定时） / certificate number of the award") @Schema(maxLength = 100) String certificateNo) {
}
