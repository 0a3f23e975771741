package cn.yuanqu.land.parcel;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A status change of a parcel. */
@Name("ParcelStepInput")
@Description("宗地状态变更 / a status change")
@Schema(name = "ParcelStepInput", description = "宗地状态变更 / a status change")
public record ParcelStepInput(
        @NonNull @NotNull @Description("新状态 / to") @Schema(required = true) ParcelStatus to,
        @NonNull @NotNull @PastOrPresent @Description("日期 / date") @Schema(required = true) LocalDate effectiveDate,
        @Size(max = 1000) @Description("原因 / reason") String reason) {
}
