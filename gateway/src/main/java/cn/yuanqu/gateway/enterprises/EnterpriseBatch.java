package cn.yuanqu.gateway.enterprises;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * Batched look-up of enterprises: the distinct ids of a whole request field go to the service in as
 * few calls as the batch size allows (one for up to 500 ids), and the answers are put back in the
 * order asked, {@code null} where an enterprise is unknown or not visible to the caller. Joins of
 * other services' records to their enterprise use the same mechanism from {@code @Source} batch
 * resolvers, so the number of calls never grows with the number of rows.
 */
public final class EnterpriseBatch {

    private EnterpriseBatch() {
    }

    /**
     * Resolves {@code ids} with {@code fetch}, which is called once per chunk of at most
     * {@code batchSize} distinct ids and answers in the order of its argument.
     */
    public static Uni<List<Enterprise>> resolve(List<String> ids, int batchSize,
            Function<List<String>, Uni<List<Enterprise>>> fetch) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<List<Enterprise>>> calls = new ArrayList<>();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += batchSize) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + batchSize));
            chunks.add(chunk);
            calls.add(fetch.apply(chunk));
        }
        return Uni.join().all(calls).andFailFast().map(answers -> {
            Map<String, Enterprise> byId = new HashMap<>();
            for (int c = 0; c < chunks.size(); c++) {
                List<String> chunk = chunks.get(c);
                List<Enterprise> answer = answers.get(c);
                for (int i = 0; i < chunk.size() && i < answer.size(); i++) {
                    if (answer.get(i) != null) {
                        byId.put(chunk.get(i), answer.get(i));
                    }
                }
            }
            List<Enterprise> ordered = new ArrayList<>(ids.size());
            for (String id : ids) {
                ordered.add(byId.get(id));
            }
            return ordered;
        });
    }
}
