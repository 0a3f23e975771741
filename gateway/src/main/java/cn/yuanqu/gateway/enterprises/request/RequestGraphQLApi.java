package cn.yuanqu.gateway.enterprises.request;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

/**
 * The request ledger (诉求台账) for the web and mobile front ends. Thin: delegates to {@link RequestGateway}. Roles are checked
 * here as enterprises-service checks them; the service applies parks and the enterprise user's
 * own-enterprise rule to the forwarded token. Root fields are nullable so that an unavailable service leaves
 * the rest of a query's answer intact.
 */
@GraphQLApi
public class RequestGraphQLApi {

    private final RequestGateway gateway;

    public RequestGraphQLApi(RequestGateway gateway) {
        this.gateway = gateway;
    }

    @Query("serviceRequests")
    @Description("诉求台账（筛选、分页；企业用户仅本企业） / the request ledger with filters and paging; enterprise users see their own")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<RequestPage> serviceRequests(@Description("园区ID；账号只有一个园区时可省略 / park id, optional for single-park accounts") String park,
            @Description("筛选条件 / filters") RequestFilterInput filter,
            @Description("页码，从0开始 / page from 0") @DefaultValue("0") Integer page,
            @Description("每页条数 1–200 / page size 1–200") @DefaultValue("20") Integer size,
            @Description("排序，字段 submittedOn, deadline, status, category, updatedAt / sort") @DefaultValue("submittedOn,desc") String sort) {
        return gateway.serviceRequests(park, filter, page, size, sort);
    }

    @Query("serviceRequest")
    @Description("诉求详情 / one request")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<ServiceRequest> serviceRequest(@NonNull @Id String id) {
        return gateway.serviceRequest(id);
    }

    @Query("serviceRequestHistory")
    @Description("办理记录 / the request's history")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<@NonNull RequestEvent>> serviceRequestHistory(@NonNull @Id String id) {
        return gateway.serviceRequestHistory(id);
    }

    @Mutation("submitServiceRequest")
    @Description("提交诉求 / submit a request")
    @RolesAllowed({ "enterprise-officer", "admin", "enterprise-user", "department" })
    public Uni<@NonNull ServiceRequest> submitServiceRequest(@Description("园区ID / park id") String park,
            @NonNull RequestInput input) {
        return gateway.submitServiceRequest(park, input);
    }

    @Mutation("moveServiceRequest")
    @Description("诉求办理：受理、办理、办结或退回（不允许的步骤被拒绝） / accept, work on, close or return a request; illegal steps are refused")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull ServiceRequest> moveServiceRequest(@NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @NonNull RequestTransitionInput step) {
        return gateway.moveServiceRequest(id, version, step);
    }

    @Mutation("rateServiceRequest")
    @Description("满意度评价（已办结的诉求） / rate a closed request")
    @RolesAllowed({ "enterprise-officer", "admin", "enterprise-user" })
    public Uni<@NonNull ServiceRequest> rateServiceRequest(@NonNull @Id String id,
            @Description("读取时的版本号 / the version read") @NonNull Long version,
            @NonNull RatingInput rating) {
        return gateway.rateServiceRequest(id, version, rating);
    }
}
