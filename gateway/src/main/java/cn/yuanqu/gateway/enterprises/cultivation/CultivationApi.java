package cn.yuanqu.gateway.enterprises.cultivation;

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
 * The cultivation pool (培育库, 一企一策) in enterprises-service's subgraph, as a typed GraphQL client with its own config key (a typed
 * client's model is per key). Package-private: only {@link CultivationClient} uses it. Every call carries the
 * caller's {@code Authorization} header.
 */
@GraphQLClientApi(configKey = "enterprises-cultivation")
interface CultivationApi {

    @Query("cultivationEntries")
    Uni<CultivationPage> cultivationEntries(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("filter") CultivationFilterInput filter,
            @Name("page") Integer page,
            @Name("size") Integer size,
            @Name("sort") String sort);

    @Query("cultivationEntry")
    Uni<CultivationEntry> cultivationEntry(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("cultivationHistory")
    Uni<List<CultivationEvent>> cultivationHistory(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Mutation("openCultivation")
    Uni<CultivationEntry> openCultivation(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("input") @NonNull CultivationInput input);

    @Mutation("replanCultivation")
    Uni<CultivationEntry> replanCultivation(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version,
            @Name("plan") @NonNull CultivationPlanInput plan);

    @Mutation("moveCultivation")
    Uni<CultivationEntry> moveCultivation(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version,
            @Name("step") @NonNull CultivationTransitionInput step);

    @Mutation("addCultivationMeasure")
    Uni<CultivationEvent> addCultivationMeasure(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("measure") @NonNull MeasureInput measure);
}
