package cn.yuanqu.gateway.dashboard;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/**
 * The four services' figures endpoints (DESIGN.md) as typed GraphQL clients: one query each, for several
 * parks and a month range. Package-private: only {@link FiguresClient} (fault tolerance) uses them.
 */
final class FiguresApis {

    private FiguresApis() {
    }

    /**
     * Its own config key: typed-client models are kept per config key, and sharing "enterprises" with
     * {@code EnterprisesApi} broke that client's requests (its variables were built from this model).
     */
    @GraphQLClientApi(configKey = "enterprises-figures")
    interface Enterprises {
        @Query("enterpriseFigures")
        Uni<ServiceFigures> figures(@Header(name = "Authorization") String authorization, @Name("parks") List<String> parks,
                @Name("from") @NonNull String from, @Name("to") @NonNull String to);
    }

    @GraphQLClientApi(configKey = "projects")
    interface Projects {
        @Query("projectFigures")
        Uni<ServiceFigures> figures(@Header(name = "Authorization") String authorization, @Name("parks") List<String> parks,
                @Name("from") @NonNull String from, @Name("to") @NonNull String to);
    }

    @GraphQLClientApi(configKey = "safety")
    interface Safety {
        @Query("safetyFigures")
        Uni<ServiceFigures> figures(@Header(name = "Authorization") String authorization, @Name("parks") List<String> parks,
                @Name("from") @NonNull String from, @Name("to") @NonNull String to);
    }

    @GraphQLClientApi(configKey = "land")
    interface Land {
        @Query("landFigures")
        Uni<ServiceFigures> figures(@Header(name = "Authorization") String authorization, @Name("parks") List<String> parks,
                @Name("from") @NonNull String from, @Name("to") @NonNull String to);
    }
}
