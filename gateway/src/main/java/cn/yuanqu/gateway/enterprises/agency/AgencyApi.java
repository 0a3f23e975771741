package cn.yuanqu.gateway.enterprises.agency;

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
 * Matters handled on enterprises' behalf (帮代办, 园区事园区办) in enterprises-service's subgraph, as a typed GraphQL client with its own config key (a typed
 * client's model is per key). Package-private: only {@link AgencyClient} uses it. Every call carries the
 * caller's {@code Authorization} header.
 */
@GraphQLClientApi(configKey = "enterprises-agency")
interface AgencyApi {

    @Query("agencyMatters")
    Uni<AgencyPage> agencyMatters(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("enterpriseId") @Id String enterpriseId,
            @Name("kind") AgencyKind kind,
            @Name("status") AgencyStatus status,
            @Name("handler") String handler,
            @Name("from") LocalDate from,
            @Name("to") LocalDate to,
            @Name("page") Integer page,
            @Name("size") Integer size,
            @Name("sort") String sort);

    @Query("agencyMatter")
    Uni<AgencyMatter> agencyMatter(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Mutation("receiveAgencyMatter")
    Uni<AgencyMatter> receiveAgencyMatter(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("input") @NonNull AgencyMatterInput input);

    @Mutation("finishAgencyMatter")
    Uni<AgencyMatter> finishAgencyMatter(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version,
            @Name("step") @NonNull AgencyCloseInput step);
}
