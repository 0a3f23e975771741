package cn.yuanqu.safety.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new monitoring point; its limits are seeded from {@code standard}. */
@Name("MonitoringPointInput")
@Description("新监测点（限值按所选标准生成） / a new monitoring point, limits seeded from the standard")
@Schema(name = "MonitoringPointInput", description = "新监测点（限值按所选标准生成） / a new monitoring point")
public record PointInput(
        @NonNull @NotBlank @Size(max = 30) @Description("编号（园区内唯一），如 YS-01 / code, unique in the park") @Schema(required = true, maxLength = 30) String code,
        @NonNull @NotBlank @Size(max = 100) @Description("名称 / name") @Schema(required = true, maxLength = 100) String name,
        @NonNull @NotNull @Description("类型 / kind") @Schema(required = true) PointKind kind,
        @NonNull @NotNull @Description("限值标准 / standard the limits are seeded from") @Schema(required = true) Standard standard,
        @Description("所属企业ID；园区公共排口不填 / the enterprise; empty for the zone's own points") String enterpriseId,
        @Size(max = 200) @Description("位置 / location") @Schema(maxLength = 200) String location,
        @NonNull @NotBlank @Size(max = 50) @Description("责任人（超标隐患的整改责任人） / responsible person") @Schema(required = true, maxLength = 50) String responsiblePerson) {
}
