package cn.yuanqu.land.parcel;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parcels one enterprise holds (the batched look-up's answer, in the order asked). */
@Schema(description = "企业的宗地 / the parcels of an enterprise")
public record EnterpriseParcels(
        @Schema(description = "企业ID / enterprise id") String enterpriseId,
        @Schema(description = "宗地 / parcels") List<ParcelView> parcels) {
}
