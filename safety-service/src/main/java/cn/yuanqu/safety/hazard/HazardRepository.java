package cn.yuanqu.safety.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The hazard ledger; every query is bound to one park. */
@ApplicationScoped
@WithSession
public class HazardRepository implements PanacheRepositoryBase<Hazard, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, HazardFilter filter, Optional<UUID> onlyEnterprise, UUID enterprise, UUID inspection,
            LocalDate today) {
        HazardFilter f = filter == null ? HazardFilter.NONE : filter;
        List<String> where = new ArrayList<>(List.of("parkId = :park"));
        Parameters p = Parameters.with("park", park);
        onlyEnterprise.ifPresent(id -> {
            where.add("enterpriseId = :only");
            p.and("only", id);
        });
        if (enterprise != null) {
            where.add("enterpriseId = :enterprise");
            p.and("enterprise", enterprise);
        }
        if (inspection != null) {
            where.add("inspectionId = :inspection");
            p.and("inspection", inspection);
        }
        if (f.status() != null) {
            where.add("status = :status");
            p.and("status", f.status());
        }
        if (f.level() != null) {
            where.add("level = :level");
            p.and("level", f.level());
        }
        if (f.foundFrom() != null) {
            where.add("foundOn >= :from");
            p.and("from", f.foundFrom());
        }
        if (f.foundTo() != null) {
            where.add("foundOn <= :to");
            p.and("to", f.foundTo());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.add("status <> :closed and deadline < :today");
            p.and("closed", HazardStatus.CLOSED).and("today", today);
        }
        return new Query(String.join(" and ", where), p);
    }

    Uni<List<Hazard>> list(Query q, Page page) {
        return find(q.where(), Sort.by("deadline").and("id"), q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<List<Hazard>> ofEnterprises(Collection<UUID> enterpriseIds) {
        return enterpriseIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("enterpriseId in ?1", Sort.by("foundOn", Sort.Direction.Descending).and("id"), enterpriseIds);
    }

    Uni<Boolean> noticeTaken(String park, String noticeNo) {
        return count("parkId = ?1 and noticeNo = ?2", park, noticeNo).map(n -> n > 0);
    }
}
