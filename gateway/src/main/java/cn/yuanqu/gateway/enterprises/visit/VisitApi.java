package cn.yuanqu.gateway.enterprises.visit;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/**
 * Visits (包保走访) in enterprises-service's subgraph, as a typed GraphQL client with its own config key (a typed
 * client's model is per key). Package-private: only {@link VisitClient} uses it. Every call carries the
 * caller's {@code Authorization} header.
 */
@GraphQLClientApi(configKey = "enterprises-visits")
interface VisitApi {

    @Query("visits")
    Uni<VisitPage> visits(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("enterpriseId") @Id String enterpriseId,
            @Name("from") LocalDate from,
            @Name("to") LocalDate to,
            @Name("visitor") String visitor,
            @Name("page") Integer page,
            @Name("size") Integer size);

    @Query("visit")
    Uni<Visit> visit(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Mutation("recordVisit")
    Uni<Visit> recordVisit(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("input") @NonNull VisitInput input);

    @Mutation("correctVisit")
    Uni<Visit> correctVisit(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version,
            @Name("update") @NonNull VisitUpdateInput update);
}
