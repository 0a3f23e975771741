package cn.yuanqu.gateway.enterprises.cultivation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A line of a cultivation entry's history: a status change or a measure taken. */
@Description("培育记录（状态变更或帮扶措施） / cultivation history line")
public record CultivationEvent(
        @NonNull @Description("类型 TRANSITION/MEASURE / kind") String kind,
        @Description("原状态 / from") String from,
        @Description("新状态 / to") String to,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("内容或原因 / text or reason") String text,
        @NonNull @Description("操作人 / who") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {
}
