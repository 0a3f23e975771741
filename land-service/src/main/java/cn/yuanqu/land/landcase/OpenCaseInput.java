package cn.yuanqu.land.landcase;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opens a case on a parcel with the 调查通知书. */
@Name("OpenLandCaseInput")
@Description("立案调查 / open a case")
@Schema(name = "OpenLandCaseInput", description = "立案调查（下发调查通知书） / open a case with the notice of investigation")
public record OpenCaseInput(
        @NonNull @NotBlank @Id @Description("宗地ID / parcel") @Schema(required = true) String parcelId,
        @NonNull @NotNull @Description("类型 / kind") @Schema(required = true) CaseKind kind,
        @NonNull @NotNull @PastOrPresent @Description("立案日期 / opened on") @Schema(required = true) LocalDate openedOn,
        @NonNull @NotBlank @Size(max = 60) @Description("调查通知书编号（园区内唯一） / number of the notice of investigation") @Schema(required = true) String documentNo,
        @Size(max = 2000) @Description("说明 / note") String note) {
}
