package cn.yuanqu.gateway.enterprises;

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
 * enterprises-service's subgraph as a typed GraphQL client. Package-private: only
 * {@link EnterprisesClient} (fault tolerance, error mapping) uses it. Every call carries the
 * caller's {@code Authorization} header.
 */
@GraphQLClientApi(configKey = "enterprises")
interface EnterprisesApi {

    @Query("enterprises")
    Uni<EnterprisePage> enterprises(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("filter") EnterpriseFilterInput filter, @Name("page") Integer page,
            @Name("size") Integer size, @Name("sort") String sort);

    @Query("enterprise")
    Uni<Enterprise> enterprise(@Header(name = "Authorization") String authorization, @Name("id") @NonNull @Id String id);

    @Query("enterprisesByIds")
    Uni<List<Enterprise>> enterprisesByIds(@Header(name = "Authorization") String authorization,
            @Name("ids") @NonNull List<@NonNull String> ids);

    @Query("enterpriseTransitions")
    Uni<List<EnterpriseTransition>> enterpriseTransitions(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Mutation("registerEnterprise")
    Uni<Enterprise> registerEnterprise(@Header(name = "Authorization") String authorization,
            @Name("park") String park, @Name("input") @NonNull EnterpriseInput input);

    @Mutation("updateEnterprise")
    Uni<Enterprise> updateEnterprise(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("version") @NonNull Long version,
            @Name("input") @NonNull EnterpriseInput input);

    @Mutation("changeEnterpriseStatus")
    Uni<Enterprise> changeEnterpriseStatus(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("version") @NonNull Long version,
            @Name("change") @NonNull StatusChangeInput change);

    @Mutation("changeEnterpriseScale")
    Uni<Enterprise> changeEnterpriseScale(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id, @Name("version") @NonNull Long version,
            @Name("change") @NonNull ScaleChangeInput change);
}
