package cn.yuanqu.land.parcel;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of parcels by park and code. */
@Schema(description = "按园区与编号的宗地列表（最多500个） / parcels by park and code (at most 500)")
public record ParcelRefsRequest(
        @NotNull @NotEmpty @Size(max = 500) @Schema(required = true) List<@NotNull @Valid ParcelRef> refs) {
}
