package cn.yuanqu.gateway.safety;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A rectification record as the API shows it. */
@Description("整改情况（佐证文件经安全环保服务 REST 接口 /api/hazards/{id}/rectifications/{rectificationId}/files 上传，见 hazardFiles） / a rectification record; evidence files are uploaded over safety-service's REST API, listed by hazardFiles")
public record HazardRectification(
        @NonNull @Id @Description("整改记录ID / rectification id") String id,
        @NonNull @Description("整改日期 / date") LocalDate doneOn,
        @NonNull @Description("整改措施 / measures") String measures,
        @Description("佐证说明 / evidence") String evidence,
        @NonNull @Description("佐证链接 / links") List<@NonNull String> links,
        @NonNull @Description("是否整改完成 / completed") Boolean completed,
        @NonNull @Description("记录人 / recorded by") String recordedBy,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {
}
