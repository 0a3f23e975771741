package cn.yuanqu.land.parcel;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A parcel as registered: its code and name, the status it is in now (since when), and its facts. */
@Name("ParcelInput")
@Description("登记宗地 / register a parcel")
@Schema(name = "ParcelInput", description = "登记宗地 / register a parcel")
public record ParcelInput(
        @NonNull @NotBlank @Size(max = 40) @Description("宗地编号（园区内唯一） / code, unique in the park") @Schema(required = true, maxLength = 40) String code,
        @NonNull @NotBlank @Size(max = 200) @Description("名称 / name") @Schema(required = true, maxLength = 200) String name,
        @NonNull @NotNull @Description("当前状态 / status now") @Schema(required = true) ParcelStatus status,
        @NonNull @NotNull @Description("当前状态起始日期 / status since") @Schema(required = true) LocalDate statusSince,
        @NonNull @NotNull @Valid @Description("宗地情况 / the parcel's facts") @Schema(required = true) ParcelFactsInput facts) {
}
