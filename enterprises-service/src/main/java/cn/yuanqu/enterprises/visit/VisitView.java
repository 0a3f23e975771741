package cn.yuanqu.enterprises.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.enterprises.request.RequestView;

/** A visit with the requests raised in it. */
@Name("Visit")
@Description("走访记录 / a visit")
@Schema(name = "Visit", description = "走访记录 / a visit")
public record VisitView(
        @NonNull @Id String id,
        @NonNull String park,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("走访日期 / visited on") LocalDate visitedOn,
        @NonNull @Description("走访人员 / visitors") String visitors,
        @NonNull @Description("走访类型 / kind") VisitKind kind,
        @NonNull @Description("走访类型名称 / kind name") String kindName,
        @Description("走访情况 / notes") String notes,
        @NonNull @Description("收集的诉求 / requests raised") List<@NonNull RequestView> requests,
        @NonNull @Description("版本号 / version") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {

    static VisitView of(Visit v, List<RequestView> requests) {
        return new VisitView(v.getId().toString(), v.getParkId(), v.getEnterpriseId().toString(), v.getVisitedOn(),
                v.getVisitors(), v.getKind(), v.getKind().label(), v.getNotes(), requests, v.getVersion(), v.getUpdatedAt());
    }
}
