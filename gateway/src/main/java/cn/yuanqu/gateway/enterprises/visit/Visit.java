package cn.yuanqu.gateway.enterprises.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.gateway.enterprises.request.ServiceRequest;

/** A visit with the requests raised in it (enterprises-service's {@code Visit}). */
@Description("走访记录 / a visit")
public record Visit(
        @NonNull @Id @Description("ID") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("走访日期 / visited on") LocalDate visitedOn,
        @NonNull @Description("走访人员 / visitors") String visitors,
        @NonNull @Description("走访类型 / kind") VisitKind kind,
        @NonNull @Description("走访类型名称 / kind name") String kindName,
        @Description("走访情况 / notes") String notes,
        @NonNull @Description("收集的诉求 / requests raised") List<@NonNull ServiceRequest> requests,
        @NonNull @Description("版本号 / version") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
