package cn.yuanqu.gateway.support;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import io.smallrye.mutiny.Uni;

/**
 * Joins another service's rows to a whole list of enterprises with its batched look-up
 * ({@code POST …/by-enterprises}): the distinct ids go in one call per {@code batchSize} (one call for up to
 * 500 enterprises), whatever the number of rows, and the answers come back in the order of the enterprises.
 */
public final class ByEnterprise {

    /** What a look-up answers for one enterprise. */
    public interface Row<T> {
        String enterpriseId();

        T value();
    }

    /** The payload of a look-up, as JSON text. */
    public static String body(List<String> enterpriseIds) {
        return JSONB.toJson(Map.of("enterpriseIds", enterpriseIds));
    }

    /** A look-up's answer (JSON text) as rows of {@code rowType}. */
    public static <R> List<R> rows(String json, Class<R> rowType) {
        return JSONB.fromJson(json, new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] { rowType };
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        });
    }

    /**
     * JSON-B, as the GraphQL client uses: the look-ups travel as JSON text through a plain REST client, so the
     * gateway has a single JSON binding. Unknown properties are ignored, as JSON-B does by default.
     */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ByEnterprise() {
    }

    /** The value for each id of {@code ids} (in order; {@code missing} where the service answered nothing). */
    public static <T> Uni<List<T>> resolve(List<String> ids, int batchSize, T missing,
            Function<List<String>, Uni<? extends List<? extends Row<T>>>> fetch) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<List<? extends Row<T>>>> calls = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += batchSize) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + batchSize));
            calls.add(fetch.apply(chunk).map(rows -> (List<? extends Row<T>>) rows));
        }
        return Uni.join().all(calls).andFailFast().map(answers -> {
            Map<String, T> byId = new HashMap<>();
            answers.forEach(rows -> rows.forEach(r -> byId.put(r.enterpriseId(), r.value())));
            List<T> out = new ArrayList<>(ids.size());
            for (String id : ids) {
                out.add(byId.getOrDefault(id, missing));
            }
            return out;
        });
    }
}
