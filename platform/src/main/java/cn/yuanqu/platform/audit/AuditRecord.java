package cn.yuanqu.platform.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** An audit entry as the API shows it. */
@Schema(description = "修改留痕 / audit entry")
public record AuditRecord(
        @Schema(description = "序号 / id") long id,
        @Schema(description = "记录类型 / record type") String entityType,
        @Schema(description = "记录ID / record id") String entityId,
        @Schema(description = "操作 / action") String action,
        @Schema(description = "操作人 / who") String actor,
        @Schema(description = "时间 / when") OffsetDateTime at,
        @Schema(description = "原因 / reason") String reason,
        @Schema(description = "修改前 / before") JsonNode before,
        @Schema(description = "修改后 / after") JsonNode after) {

    public static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.getId(), e.getEntityType(), e.getEntityId(), e.getAction(), e.getActor(), e.getAt(),
                e.getReason(), e.getBefore(), e.getAfter());
    }
}
