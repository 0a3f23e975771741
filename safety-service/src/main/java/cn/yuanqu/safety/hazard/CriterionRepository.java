package cn.yuanqu.safety.hazard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Major-hazard criteria: national, with a park's own over them by code. */
@ApplicationScoped
@WithSession
public class CriterionRepository implements PanacheRepositoryBase<MajorCriterion, MajorCriterion.Key> {

    /** The criteria in force for a park, by code. */
    Uni<Map<String, MajorCriterion>> effective(String park) {
        return list("parkId in ?1", Sort.by("code"), List.of(MajorCriterion.NATIONAL, park)).map(rows -> {
            Map<String, MajorCriterion> out = new LinkedHashMap<>();
            rows.stream().filter(c -> c.getParkId().equals(MajorCriterion.NATIONAL)).forEach(c -> out.put(c.getCode(), c));
            rows.stream().filter(c -> !c.getParkId().equals(MajorCriterion.NATIONAL)).forEach(c -> out.put(c.getCode(), c));
            return out;
        });
    }
}
