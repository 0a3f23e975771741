package cn.yuanqu.enterprises.request;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.registry.EnterpriseView;
import cn.yuanqu.platform.graphql.OneQueryAtATime;
import cn.yuanqu.platform.paging.PageRequest;

/** Requests in the subgraph. Thin: delegates to {@link RequestService}. */
@GraphQLApi
@OneQueryAtATime
public class RequestGraphQLApi {

    private final RequestService service;

    public RequestGraphQLApi(RequestService service) {
        this.service = service;
    }

    @Query("serviceRequests")
    @Description("诉求台账（overdue 为今天超期的） / the request ledger")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull RequestPage> serviceRequests(String park, @Valid RequestFilter filter,
            @DefaultValue("0") Integer page, @DefaultValue("20") Integer size, @DefaultValue("submittedOn,desc") String sort) {
        return service.list(park, filter, PageRequest.of(page, size, sort)).map(RequestPage::of);
    }

    @Query("serviceRequest")
    @Description("诉求 / one request")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull RequestView> serviceRequest(@NonNull @Id String id) {
        return service.get(id);
    }

    @Query("serviceRequestHistory")
    @Description("诉求办理记录 / the steps of a request")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull RequestEventView>> serviceRequestHistory(@NonNull @Id String id) {
        return service.history(id);
    }

    /** The requests of each enterprise of a result, in one query for all of them. */
    @Name("requests")
    @Description("企业诉求 / the enterprise's requests")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public Uni<List<List<RequestView>>> enterpriseRequests(@Source List<EnterpriseView> enterprises) {
        return service.ofEnterprises(enterprises.stream().map(EnterpriseView::id).toList());
    }

    @Mutation("submitServiceRequest")
    @Description("提交诉求 / submit a request")
    @RolesAllowed({ "enterprise-officer", "admin", "enterprise-user", "department" })
    public Uni<@NonNull RequestView> submitServiceRequest(String park, @NonNull @Valid RequestInput input) {
        return service.submit(park, input);
    }

    @Mutation("moveServiceRequest")
    @Description("办理步骤：受理、办理、办结、退回 / accept, start, close or return")
    @RolesAllowed({ "enterprise-officer", "admin" })
    public Uni<@NonNull RequestView> moveServiceRequest(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid RequestTransitionInput step) {
        return service.move(id, version, step);
    }

    @Mutation("rateServiceRequest")
    @Description("满意度评价 / rate a closed request")
    @RolesAllowed({ "enterprise-officer", "admin", "enterprise-user" })
    public Uni<@NonNull RequestView> rateServiceRequest(@NonNull @Id String id, @NonNull Long version,
            @NonNull @Valid RatingInput rating) {
        return service.rate(id, version, rating);
    }
}
