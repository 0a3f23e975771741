package cn.yuanqu.gateway.enterprises.request;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/**
 * The request ledger (诉求台账) in enterprises-service's subgraph, as a typed GraphQL client with its own config key (a typed
 * client's model is per key). Package-private: only {@link RequestClient} uses it. Every call carries the
 * caller's {@code Authorization} header.
 */
@GraphQLClientApi(configKey = "enterprises-requests")
interface RequestApi {

    @Query("serviceRequests")
    Uni<RequestPage> serviceRequests(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("filter") RequestFilterInput filter,
            @Name("page") Integer page,
            @Name("size") Integer size,
            @Name("sort") String sort);

    @Query("serviceRequest")
    Uni<ServiceRequest> serviceRequest(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("serviceRequestHistory")
    Uni<List<RequestEvent>> serviceRequestHistory(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Mutation("submitServiceRequest")
    Uni<ServiceRequest> submitServiceRequest(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("input") @NonNull RequestInput input);

    @Mutation("moveServiceRequest")
    Uni<ServiceRequest> moveServiceRequest(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version,
            @Name("step") @NonNull RequestTransitionInput step);

    @Mutation("rateServiceRequest")
    Uni<ServiceRequest> rateServiceRequest(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version,
            @Name("rating") @NonNull RatingInput rating);
}
