package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A new monitoring point; its limits are seeded from {@code standard}. */
@Input("MonitoringPointInput")
@Description("新监测点（限值按所选标准生成） / a new monitoring point, limits seeded from the standard")
public record MonitoringPointInput(
        @NonNull @Description("编号（园区内唯一），如 YS-01 / code, unique in the park") String code,
        @NonNull @Description("名称 / name") String name,
        @NonNull @Description("类型 / kind") PointKind kind,
        @NonNull @Description("限值标准 / standard the limits are seeded from") Standard standard,
        @Description("所属企业ID；园区公共排口不填 / the enterprise; empty for the zone's own points") String enterpriseId,
        @Description("位置 / location") String location,
        @NonNull @Description("责任人（超标隐患的整改责任人） / responsible person") String responsiblePerson) {
}
