package cn.yuanqu.gateway.enterprises.visit;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A correction of a visit's record (its requests are handled on their own) (enterprises-service's {@code VisitUpdateInput}). */
@Description("更正走访记录 / correct a visit")
@Input("VisitUpdateInput")
public record VisitUpdateInput(
        @NonNull @Description("走访日期 / visited on") LocalDate visitedOn,
        @NonNull @Description("走访人员 / visitors") String visitors,
        @Description("走访类型 / kind") VisitKind kind,
        @Description("走访情况 / notes") String notes) {
}
