package cn.yuanqu.gateway.safety;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A monitoring point with its limits. */
@Description("监测点 / a monitoring point")
public record MonitoringPoint(
        @NonNull @Id @Description("监测点ID / point id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("编号 / code") String code,
        @NonNull @Description("名称 / name") String name,
        @NonNull @Description("类型 / kind") PointKind kind,
        @NonNull @Description("类型名称 / kind name") String kindName,
        @NonNull @Description("限值来源标准 / standard the limits were seeded from") Standard standard,
        @NonNull @Description("标准名称 / standard name") String standardName,
        @Id @Description("所属企业ID（园区公共排口为空） / enterprise id, empty for the zone's own points") String enterpriseId,
        @Description("所属企业名称 / enterprise name") String enterpriseName,
        @Description("位置 / location") String location,
        @NonNull @Description("责任人 / responsible person") String responsiblePerson,
        @NonNull @Description("限值 / limits") List<@NonNull PointLimit> limits,
        @NonNull @Description("版本号 / version") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
