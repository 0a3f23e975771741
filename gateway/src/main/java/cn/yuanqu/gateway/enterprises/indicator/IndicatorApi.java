package cn.yuanqu.gateway.enterprises.indicator;

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
 * Monthly reports (企业月报) in enterprises-service's subgraph, as a typed GraphQL client with its own config key (a typed
 * client's model is per key). Package-private: only {@link IndicatorClient} uses it. Every call carries the
 * caller's {@code Authorization} header.
 */
@GraphQLClientApi(configKey = "enterprises-indicators")
interface IndicatorApi {

    @Query("monthlyIndicators")
    Uni<List<MonthlyIndicator>> monthlyIndicators(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("enterpriseId") @Id String enterpriseId,
            @Name("from") String from,
            @Name("to") String to);

    @Mutation("submitMonthlyIndicator")
    Uni<MonthlyIndicator> submitMonthlyIndicator(@Header(name = "Authorization") String authorization,
            @Name("enterpriseId") @NonNull @Id String enterpriseId,
            @Name("month") @NonNull String month,
            @Name("values") @NonNull IndicatorValuesInput values,
            @Name("version") Long version);
}
