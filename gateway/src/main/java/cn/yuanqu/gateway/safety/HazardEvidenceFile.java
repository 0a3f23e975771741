package cn.yuanqu.gateway.safety;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An evidence file's description; upload and content stay on safety-service's REST API ({@code /api/hazards/{id}/files/{fileId}}). */
@Description("整改佐证文件（上传与下载经安全环保服务 REST 接口：POST /api/hazards/{id}/rectifications/{rectificationId}/files，GET /api/hazards/{id}/files/{fileId}） / an evidence file; upload and download stay on safety-service's REST API")
public record HazardEvidenceFile(
        @NonNull @Id @Description("文件ID / file id") String id,
        @NonNull @Id @Description("整改记录ID / rectification id") String rectificationId,
        @NonNull @Description("文件名 / file name") String fileName,
        @NonNull @Description("类型 / content type") String contentType,
        @NonNull @Description("大小（字节） / size in bytes") Integer sizeBytes,
        @NonNull @Description("SHA-256") String sha256,
        @NonNull @Description("上传人 / uploaded by") String uploadedBy,
        @NonNull @Description("上传时间 / uploaded at") OffsetDateTime uploadedAt) {
}
