package cn.yuanqu.safety.hazard;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evidence file's description; its content is served at {@code /api/hazards/{id}/files/{fileId}}. */
@Name("EvidenceFile")
@Description("整改佐证文件 / an evidence file")
@Schema(name = "EvidenceFile", description = "整改佐证文件 / an evidence file")
public record EvidenceFileView(
        @NonNull @Id String id,
        @NonNull @Id @Description("整改记录ID / rectification id") String rectificationId,
        @NonNull @Description("文件名 / file name") String fileName,
        @NonNull @Description("类型 / content type") String contentType,
        @NonNull @Description("大小（字节） / size in bytes") Integer sizeBytes,
        @NonNull @Description("SHA-256") String sha256,
        @NonNull @Description("上传人 / uploaded by") String uploadedBy,
        @NonNull @Description("上传时间 / uploaded at") OffsetDateTime uploadedAt) {

    static EvidenceFileView of(EvidenceFile f) {
        return new EvidenceFileView(f.getId().toString(), f.getRectificationId().toString(), f.getFileName(),
                f.getContentType(), f.getSizeBytes(), f.getSha256(), f.getUploadedBy(), f.getUploadedAt());
    }
}
