package cn.yuanqu.safety.duty;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An emergency drill as recorded; without an enterprise it is zone-wide. */
@Name("DrillInput")
@Description("应急演练 / an emergency drill")
@Schema(name = "DrillInput", description = "应急演练 / an emergency drill")
public record DrillInput(
        @NonNull @NotNull @Description("类型 / kind") @Schema(required = true) DrillKind kind,
        @NonNull @NotNull @PastOrPresent @Description("日期 / held on") @Schema(required = true) LocalDate heldOn,
        @NonNull @NotBlank @Size(max = 200) @Description("名称 / title") @Schema(required = true, maxLength = 200) String title,
        @Description("企业ID（全园区演练不填） / enterprise id, none for a zone-wide drill") String enterpriseId,
        @NonNull @NotNull @Min(1) @Max(100000) @Description("参演人数 / participants") @Schema(required = true) Integer participants,
        @Size(max = 2000) @Description("备注 / notes") @Schema(maxLength = 2000) String notes) {
}
