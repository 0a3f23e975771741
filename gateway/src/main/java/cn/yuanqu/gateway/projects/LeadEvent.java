package cn.yuanqu.gateway.projects;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An entry of a lead's follow-up log: a status change or a follow-up. */
@Description("线索跟进记录 / an entry of a lead's follow-up log")
public record LeadEvent(
        @NonNull @Description("STATUS 状态变更 / FOLLOW_UP 跟进 / kind") String kind,
        @Description("原状态 / from") LeadStatus from,
        @Description("新状态 / to") LeadStatus to,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("内容 / text") String text,
        @NonNull @Description("记录人 / by") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {
}
