package cn.yuanqu.gateway.enterprises.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A step of a request's history. */
@Description("诉求办理记录 / a step of a request's history")
public record RequestEvent(
        @Description("原状态 / from") String from,
        @NonNull @Description("新状态 / to") String to,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("说明 / text") String text,
        @NonNull @Description("操作人 / who") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {
}
