package cn.yuanqu.enterprises.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of a request's history. */
@Name("RequestEvent")
@Description("诉求办理记录 / a step of a request's history")
@Schema(name = "RequestEvent", description = "诉求办理记录 / a step of a request's history")
public record RequestEventView(
        @Description("原状态 / from") String from,
        @NonNull @Description("新状态 / to") String to,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("说明 / text") String text,
        @NonNull @Description("操作人 / who") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {

    static RequestEventView of(RequestEvent e) {
        return new RequestEventView(e.getFromStatus(), e.getToStatus(), e.getOnDate(), e.getText(), e.getActor(),
                e.getRecordedAt());
    }
}
