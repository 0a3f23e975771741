package cn.yuanqu.safety.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rectification record as the API shows it. */
@Name("Rectification")
@Description("整改情况 / a rectification record")
@Schema(name = "Rectification", description = "整改情况 / a rectification record")
public record RectificationView(
        @NonNull @Id String id,
        @NonNull @Description("整改日期 / date") LocalDate doneOn,
        @NonNull @Description("整改措施 / measures") String measures,
        @Description("佐证说明 / evidence") String evidence,
        @NonNull @Description("佐证链接 / links") List<@NonNull String> links,
        @NonNull @Description("是否整改完成 / completed") Boolean completed,
        @NonNull @Description("记录人 / recorded by") String recordedBy,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {

    static RectificationView of(Rectification r) {
        return new RectificationView(r.getId().toString(), r.getDoneOn(), r.getMeasures(), r.getEvidence(), r.linkList(),
                r.isCompleted(), r.getRecordedBy(), r.getRecordedAt());
    }
}
