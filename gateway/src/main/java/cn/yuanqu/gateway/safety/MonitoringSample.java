package cn.yuanqu.gateway.safety;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A sample with its measurements and, when it exceeded, the hazard it raised. */
@Description("监测样品 / a sample")
public record MonitoringSample(
        @NonNull @Id @Description("样品ID / sample id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Id @Description("监测点ID / point id") String pointId,
        @NonNull @Description("监测点编号 / point code") String pointCode,
        @NonNull @Description("监测点名称 / point name") String pointName,
        @Id @Description("所属企业ID / enterprise id") String enterpriseId,
        @Description("所属企业名称 / enterprise name") String enterpriseName,
        @NonNull @Description("采样时间 / sampled at") OffsetDateTime sampledAt,
        @Description("检测机构 / laboratory") String laboratory,
        @NonNull @Description("是否超标 / exceeded") Boolean exceeded,
        @NonNull @Description("检测结果 / measurements") List<@NonNull MonitoringMeasurement> measurements,
        @Id @Description("超标生成的环境隐患ID / the environmental hazard it raised") String hazardId,
        @NonNull @Description("推送人 / recorded by") String recordedBy,
        @NonNull @Description("接收时间 / recorded at") OffsetDateTime recordedAt) {
}
