package cn.yuanqu.land.parcel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One answer of the look-up by code: the parcel, or null when the park has no such parcel the caller may see. */
@Schema(description = "按编号查询的宗地 / a parcel looked up by park and code")
public record ParcelByCode(
        @Schema(description = "园区ID / park") String park,
        @Schema(description = "宗地编号 / code") String code,
        @Schema(description = "宗地；无此宗地或无权查看时为空 / the parcel, null when unknown or not visible") ParcelView parcel) {
}
