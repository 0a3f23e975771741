package cn.yuanqu.gateway.enterprises.visit;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A visit and the requests the enterprise raised in it (recorded together, all or nothing) (enterprises-service's {@code VisitInput}). */
@Description("走访记录 / a visit")
@Input("VisitInput")
public record VisitInput(
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("走访日期 / visited on") LocalDate visitedOn,
        @NonNull @Description("走访人员 / visitors") String visitors,
        @Description("走访类型，默认包保走访 / kind, default routine") VisitKind kind,
        @Description("走访情况 / notes") String notes,
        @Description("收集的诉求 / requests raised") List<RaisedRequestInput> requests) {
}
