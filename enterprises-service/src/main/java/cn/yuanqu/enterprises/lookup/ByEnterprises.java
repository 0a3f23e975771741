package cn.yuanqu.enterprises.lookup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * The batched look-ups by enterprise (一企一档 joins of the gateway): the ids asked, in their order, at most
 * {@value #MAX} of them; rows of enterprises the caller may not see are dropped (another park's, or another
 * enterprise's for an enterprise user), and an id that is not an id, unknown or not visible gets nothing —
 * the answer never says which.
 */
public final class ByEnterprises {

    /** The most enterprises one look-up takes (the gateway sends at most this many per call). */
    public static final int MAX = 500;

    /** The ids asked, in order ({@code null} where not a UUID), and the distinct valid ones to read. */
    public record Ids(List<UUID> asked, Set<UUID> distinct) {

        /** Parses the ids of a look-up; more than {@value #MAX} is invalid input naming {@code enterpriseIds}. */
        public static Ids of(List<String> enterpriseIds) {
            if (enterpriseIds.size() > MAX) {
                throw new InvalidInputException(List.of(new Violation("enterpriseIds", "Size",
                        "一次最多查询" + MAX + "个企业", "at most " + MAX + " enterprises per look-up")));
            }
            List<UUID> asked = new ArrayList<>(enterpriseIds.size());
            Set<UUID> distinct = new LinkedHashSet<>();
            for (String raw : enterpriseIds) {
                UUID id = parse(raw);
                asked.add(id);
                if (id != null) {
                    distinct.add(id);
                }
            }
            return new Ids(Collections.unmodifiableList(asked), Collections.unmodifiableSet(distinct));
        }

        private static UUID parse(String raw) {
            try {
                return raw == null ? null : UUID.fromString(raw.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** What a look-up needs to know of a row: its park and its enterprise. */
    public record Owner(String parkId, UUID enterpriseId) {
    }

    private ByEnterprises() {
    }

    /** Whether the caller may see a row of {@code park} about {@code enterprise}. */
    public static boolean visible(ParkScope scope, String park, UUID enterprise) {
        return scope.allows(park) && (scope.enterpriseId().isEmpty() || scope.enterpriseId().get().equals(enterprise));
    }

    /** The visible rows of each enterprise asked, in the order asked (empty where none), as views. */
    public static <E, V> List<List<V>> lists(Ids ids, ParkScope scope, List<E> found, Function<E, Owner> owner,
            Function<E, V> view) {
        Map<UUID, List<V>> byEnterprise = new HashMap<>();
        for (E row : found) {
            Owner o = owner.apply(row);
            if (visible(scope, o.parkId(), o.enterpriseId())) {
                byEnterprise.computeIfAbsent(o.enterpriseId(), k -> new ArrayList<>()).add(view.apply(row));
            }
        }
        List<List<V>> out = new ArrayList<>(ids.asked().size());
        for (UUID id : ids.asked()) {
            out.add(id == null ? List.of() : byEnterprise.getOrDefault(id, List.of()));
        }
        return out;
    }

    /** The one visible row of each enterprise asked (the last given wins), in the order asked, null where none. */
    public static <E, V> List<V> single(Ids ids, ParkScope scope, List<E> found, Function<E, Owner> owner,
            Function<E, V> view) {
        Map<UUID, V> byEnterprise = new HashMap<>();
        for (E row : found) {
            Owner o = owner.apply(row);
            if (visible(scope, o.parkId(), o.enterpriseId())) {
                byEnterprise.put(o.enterpriseId(), view.apply(row));
            }
        }
        List<V> out = new ArrayList<>(ids.asked().size());
        for (UUID id : ids.asked()) {
            out.add(id == null ? null : byEnterprise.get(id));
        }
        return out;
    }

    /** The answer rows of a look-up: each id asked with its value, in the order asked. */
    public static <V, R> List<R> answer(List<String> enterpriseIds, List<V> values, BiFunction<String, V, R> row) {
        List<R> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(row.apply(enterpriseIds.get(i), values.get(i)));
        }
        return out;
    }
}
