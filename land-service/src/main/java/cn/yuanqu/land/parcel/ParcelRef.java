package cn.yuanqu.land.parcel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A parcel named by its park and code (宗地编号), as other services' records name it (a project's parcel). */
@Input("ParcelRefInput")
@Description("按园区与宗地编号指明的宗地 / a parcel named by park and code")
@Schema(name = "ParcelRef", description = "按园区与宗地编号指明的宗地 / a parcel named by park and code")
public record ParcelRef(
        @NonNull @NotBlank @Size(max = 40) @Description("园区ID / park") @Schema(required = true) String park,
        @NonNull @NotBlank @Size(max = 40) @Description("宗地编号 / parcel code") @Schema(required = true) String code) {
}
