package cn.yuanqu.safety.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The inspection ledger; every query is bound to one park. */
@ApplicationScoped
@WithSession
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, InspectionType type, SafetyDomain domain, UUID enterprise, UUID campaign,
            LocalDate from, LocalDate to) {
        List<String> where = new ArrayList<>(List.of("parkId = :park"));
        Parameters p = Parameters.with("park", park);
        if (type != null) {
            where.add("type = :type");
            p.and("type", type);
        }
        if (domain != null) {
            where.add("domain = :domain");
            p.and("domain", domain);
        }
        if (enterprise != null) {
            where.add("enterpriseId = :enterprise");
            p.and("enterprise", enterprise);
        }
        if (campaign != null) {
            where.add("campaignId = :campaign");
            p.and("campaign", campaign);
        }
        if (from != null) {
            where.add("inspectedOn >= :from");
            p.and("from", from);
        }
        if (to != null) {
            where.add("inspectedOn <= :to");
            p.and("to", to);
        }
        return new Query(String.join(" and ", where), p);
    }

    Uni<List<Inspection>> list(Query q, Page page) {
        return find(q.where(), Sort.by("inspectedOn", Sort.Direction.Descending).and("id"), q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<List<Inspection>> ofEnterprises(Collection<UUID> enterpriseIds) {
        return enterpriseIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("enterpriseId in ?1", Sort.by("inspectedOn", Sort.Direction.Descending).and("id"), enterpriseIds);
    }
}
