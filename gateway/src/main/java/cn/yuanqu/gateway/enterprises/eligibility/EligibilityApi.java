package cn.yuanqu.gateway.enterprises.eligibility;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/**
 * The pre-screen for 规上 entry and qualifications (入规与资质预评) in enterprises-service's subgraph, as a typed GraphQL client with its own config key (a typed
 * client's model is per key). Package-private: only {@link EligibilityClient} uses it. Every call carries the
 * caller's {@code Authorization} header.
 */
@GraphQLClientApi(configKey = "enterprises-eligibility")
interface EligibilityApi {

    @Query("eligibility")
    Uni<EligibilityPage> eligibility(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("asOf") String asOf,
            @Name("program") Program program,
            @Name("outcome") Outcome outcome,
            @Name("page") Integer page,
            @Name("size") Integer size);

    @Query("enterpriseEligibility")
    Uni<EligibilityResult> enterpriseEligibility(@Header(name = "Authorization") String authorization,
            @Name("enterpriseId") @NonNull @Id String enterpriseId,
            @Name("asOf") String asOf);

    @Query("eligibilitySettings")
    Uni<EligibilitySettings> eligibilitySettings(@Header(name = "Authorization") String authorization,
            @Name("park") String park);

    @Mutation("setEligibilityThresholds")
    Uni<EligibilitySettings> setEligibilityThresholds(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("version") Long version,
            @Name("thresholds") @NonNull EligibilityThresholds thresholds);

    @Query("enterpriseYearFacts")
    Uni<EnterpriseYearFacts> enterpriseYearFacts(@Header(name = "Authorization") String authorization,
            @Name("enterpriseId") @NonNull @Id String enterpriseId,
            @Name("year") @NonNull Integer year);

    @Mutation("recordEnterpriseYearFacts")
    Uni<EnterpriseYearFacts> recordEnterpriseYearFacts(@Header(name = "Authorization") String authorization,
            @Name("enterpriseId") @NonNull @Id String enterpriseId,
            @Name("year") @NonNull Integer year,
            @Name("version") Long version,
            @Name("facts") @NonNull EligibilityFacts facts);
}
