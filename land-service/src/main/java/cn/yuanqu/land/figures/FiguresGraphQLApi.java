package cn.yuanqu.land.figures;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;

/** The figures endpoint in the subgraph. */
@GraphQLApi
@OneQueryAtATime
public class FiguresGraphQLApi {

    private final FiguresService service;

    public FiguresGraphQLApi(FiguresService service) {
        this.service = service;
    }

    @Query("landFigures")
    @Description("土地与厂房期间指标与同比（每园区） / land and factory figures for a period, per park")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull FiguresReport> landFigures(@Description("园区ID列表 / park ids") List<String> parks,
            @NonNull @Description("起始月份 YYYY-MM / first month") String from,
            @NonNull @Description("截止月份 YYYY-MM / last month") String to) {
        return service.report(parks, from, to);
    }
}
