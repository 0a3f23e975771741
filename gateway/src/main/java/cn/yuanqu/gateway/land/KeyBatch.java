package cn.yuanqu.gateway.land;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * A join by key for a whole list of rows (a parcel's holder id, a project's park and parcel code): the distinct keys
 * go to the service in one call per {@code batchSize}, whatever the number of rows, and the answers come back in the
 * rows' order; a row without a key (null) gets null without being asked for.
 */
final class KeyBatch {

    private KeyBatch() {
    }

    /**
     * The value for each of {@code keys}; {@code fetch} is called once per chunk of at most {@code batchSize} distinct
     * non-null keys and answers in the order of its argument (null where it knows nothing).
     */
    static <K, V> Uni<List<V>> resolve(List<K> keys, int batchSize, Function<List<K>, Uni<List<V>>> fetch) {
        List<K> distinct = new ArrayList<>(new LinkedHashSet<>(keys.stream().filter(Objects::nonNull).toList()));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(keys.stream().map(k -> (V) null).toList());
        }
        List<List<K>> chunks = new ArrayList<>();
        List<Uni<List<V>>> calls = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += batchSize) {
            List<K> chunk = distinct.subList(from, Math.min(distinct.size(), from + batchSize));
            chunks.add(chunk);
            calls.add(fetch.apply(chunk));
        }
        return Uni.join().all(calls).andFailFast().map(answers -> {
            Map<K, V> found = new HashMap<>();
            for (int c = 0; c < chunks.size(); c++) {
                List<K> chunk = chunks.get(c);
                List<V> answer = answers.get(c);
                for (int i = 0; i < chunk.size() && i < answer.size(); i++) {
                    if (answer.get(i) != null) {
                        found.put(chunk.get(i), answer.get(i));
                    }
                }
            }
            return keys.stream().map(k -> k == null ? null : found.get(k)).toList();
        });
    }
}
