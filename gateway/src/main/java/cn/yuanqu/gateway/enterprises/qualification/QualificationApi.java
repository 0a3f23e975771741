package cn.yuanqu.gateway.enterprises.qualification;

import java.time.LocalDate;
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
 * The qualification ledger (资质荣誉台账) in enterprises-service's subgraph, as a typed GraphQL client with its own config key (a typed
 * client's model is per key). Package-private: only {@link QualificationClient} uses it. Every call carries the
 * caller's {@code Authorization} header.
 */
@GraphQLClientApi(configKey = "enterprises-qualifications")
interface QualificationApi {

    @Query("qualifications")
    Uni<QualificationPage> qualifications(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("filter") QualificationFilterInput filter,
            @Name("page") Integer page,
            @Name("size") Integer size,
            @Name("sort") String sort);

    @Query("qualification")
    Uni<Qualification> qualification(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("qualificationCounts")
    Uni<List<QualificationCount>> qualificationCounts(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("validOn") LocalDate validOn);

    @Mutation("awardQualification")
    Uni<Qualification> awardQualification(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("input") @NonNull QualificationInput input);

    @Mutation("updateQualification")
    Uni<Qualification> updateQualification(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version,
            @Name("input") @NonNull QualificationInput input);

    @Mutation("revokeQualification")
    Uni<Qualification> revokeQualification(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version,
            @Name("revocation") @NonNull RevocationInput revocation);
}
