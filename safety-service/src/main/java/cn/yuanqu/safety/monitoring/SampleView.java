package cn.yuanqu.safety.monitoring;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sample with its measurements and, when it exceeded, the hazard it raised. */
@Name("Sample")
@Description("监测样品 / a sample")
@Schema(name = "Sample", description = "监测样品 / a sample")
public record SampleView(
        @NonNull @Id String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Id @Description("监测点ID / point id") String pointId,
        @NonNull @Description("监测点编号 / point code") String pointCode,
        @NonNull @Description("监测点名称 / point name") String pointName,
        @Id @Description("所属企业ID / enterprise id") String enterpriseId,
        @Description("所属企业名称 / enterprise name") String enterpriseName,
        @NonNull @Description("采样时间 / sampled at") OffsetDateTime sampledAt,
        @Description("检测机构 / laboratory") String laboratory,
        @NonNull @Description("是否超标 / exceeded") Boolean exceeded,
        @NonNull @Description("检测结果 / measurements") List<@NonNull MeasurementView> measurements,
        @Id @Description("超标生成的环境隐患ID / the environmental hazard it raised") String hazardId,
        @NonNull @Description("推送人 / recorded by") String recordedBy,
        @NonNull @Description("接收时间 / recorded at") OffsetDateTime recordedAt) {

    static SampleView of(Sample s, MonitoringPoint p, List<Measurement> measurements, String hazardId) {
        return new SampleView(s.getId().toString(), s.getParkId(), p.getId().toString(), p.getCode(), p.getName(),
                p.getEnterpriseId() == null ? null : p.getEnterpriseId().toString(), p.getEnterpriseName(),
                s.getSampledAt(), s.getLaboratory(), s.isExceeded(),
                measurements.stream().sorted((a, b) -> a.indicator().compareTo(b.indicator())).map(MeasurementView::of).toList(),
                hazardId, s.getRecordedBy(), s.getRecordedAt());
    }
}
