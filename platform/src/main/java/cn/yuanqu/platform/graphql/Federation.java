package cn.yuanqu.platform.graphql;

/**
 * The Apollo Federation version the subgraphs declare with {@code @Link(url = Federation.SPEC, …)}. Pinned
 * here, not taken from the library's "latest": the version decides which directives a router accepts from
 * the subgraphs, so it changes on purpose (and with the composition check, e2e FederationCompositionTest).
 */
public final class Federation {

    public static final String SPEC = "https://specs.apollo.dev/federation/v2.7";

    private Federation() {
    }
}
