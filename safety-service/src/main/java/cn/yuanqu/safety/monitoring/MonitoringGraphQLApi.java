package cn.yuanqu.safety.monitoring;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/** Environmental monitoring in the subgraph. Thin: delegates to {@link MonitoringService}. */
@GraphQLApi
@OneQueryAtATime
public class MonitoringGraphQLApi {

    private final MonitoringService service;

    public MonitoringGraphQLApi(MonitoringService service) {
        this.service = service;
    }

    @Query("monitoringPoints")
    @Description("监测点（含限值） / monitoring points with their limits")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull PointView>> monitoringPoints(String park, @Id String enterpriseId, PointKind kind) {
        return service.points(park, enterpriseId, kind);
    }

    @Query("monitoringPoint")
    @Description("监测点 / one monitoring point")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull PointView> monitoringPoint(@NonNull @Id String id) {
        return service.point(id);
    }

    @Query("samples")
    @Description("监测数据（按采样时间倒序） / samples, newest first")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull SamplePage> samples(String park, @Id String pointId, Boolean exceeded,
            @Description("采样日期起 / from day") LocalDate from, @Description("采样日期止 / to day") LocalDate to,
            @DefaultValue("0") Integer page, @DefaultValue("20") Integer size) {
        return service.samples(park, pointId, exceeded, from, to, PageRequest.of(page, size, null)).map(SamplePage::of);
    }

    @Mutation("createMonitoringPoint")
    @Description("新建监测点（限值按标准生成） / create a monitoring point")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull PointView> createMonitoringPoint(String park, @NonNull @Valid PointInput input) {
        return service.createPoint(park, input);
    }

    @Mutation("setPointLimits")
    @Description("调整监测点限值 / replace a point's limits")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull PointView> setPointLimits(@NonNull @Id String id, @NonNull Long version,
            @NonNull List<@NonNull @Valid LimitInput> limits) {
        return service.setLimits(id, version, limits);
    }

    @Mutation("pushSample")
    @Description("推送监测数据（监测点+采样时间幂等；超标生成一条环境隐患） / push a sample; idempotent by point and time")
    @RolesAllowed({ "safety-officer", "department", "admin" })
    public Uni<@NonNull SampleView> pushSample(@NonNull @Valid SampleInput input) {
        return service.push(input).map(MonitoringService.Pushed::sample);
    }
}
