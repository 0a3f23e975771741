package cn.yuanqu.projects.promotion;

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

/** The lead ledger; every query is bound to one park. */
@ApplicationScoped
@WithSession
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, LeadFilter filter) {
        LeadFilter f = filter == null ? LeadFilter.NONE : filter;
        List<String> where = new ArrayList<>(List.of("parkId = :park"));
        Parameters p = Parameters.with("park", park);
        if (f.status() != null) {
            where.add("status = :status");
            p.and("status", f.status());
        }
        if (f.industryChain() != null && !f.industryChain().isBlank()) {
            where.add("industryChain = :chain");
            p.and("chain", f.industryChain().strip());
        }
        if (f.owner() != null && !f.owner().isBlank()) {
            where.add("owner = :owner");
            p.and("owner", f.owner().strip());
        }
        if (f.sourceRegion() != null && !f.sourceRegion().isBlank()) {
            where.add("sourceRegion = :region");
            p.and("region", f.sourceRegion().strip());
        }
        if (f.contactFrom() != null) {
            where.add("firstContactOn >= :from");
            p.and("from", f.contactFrom());
        }
        if (f.contactTo() != null) {
            where.add("firstContactOn <= :to");
            p.and("to", f.contactTo());
        }
        return new Query(String.join(" and ", where), p);
    }

    Uni<List<Lead>> list(Query q, Sort sort, Page page) {
        return find(q.where(), sort, q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<List<Lead>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }
}
