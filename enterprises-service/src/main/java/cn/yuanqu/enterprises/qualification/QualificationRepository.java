package cn.yuanqu.enterprises.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The qualification ledger. Every query is bound to one park. */
@ApplicationScoped
@WithSession
public class QualificationRepository implements PanacheRepositoryBase<Qualification, UUID> {

    /** HQL condition for "in force on :{param}". */
    static String validOn(String param) {
        return "awardedOn <= :" + param + " and (validUntil is null or validUntil >= :" + param
                + ") and (revokedOn is null or revokedOn > :" + param + ")";
    }

    record Query(String where, Parameters params) {
    }

    static Query query(String park, QualificationFilter filter, Optional<UUID> onlyEnterprise, LocalDate today) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("park", park);
        where.add("parkId = :park");
        onlyEnterprise.ifPresent(id -> {
            where.add("enterpriseId = :only");
            params.and("only", id);
        });
        QualificationFilter f = filter == null ? QualificationFilter.NONE : filter;
        if (f.enterpriseId() != null && !f.enterpriseId().isBlank()) {
            where.add("enterpriseId = :enterprise");
            params.and("enterprise", QualificationService.parseId(f.enterpriseId(), "enterpriseId"));
        }
        if (f.type() != null) {
            where.add("type = :type");
            params.and("type", f.type());
        }
        if (f.level() != null) {
            where.add("level = :level");
            params.and("level", f.level());
        }
        if (f.validOn() != null) {
            where.add(validOn("validOn"));
            params.and("validOn", f.validOn());
        }
        if (f.awardedFrom() != null) {
            where.add("awardedOn >= :awardedFrom");
            params.and("awardedFrom", f.awardedFrom());
        }
        if (f.awardedTo() != null) {
            where.add("awardedOn <= :awardedTo");
            params.and("awardedTo", f.awardedTo());
        }
        if (f.expiringWithinDays() != null) {
            where.add("revokedOn is null and validUntil >= :today and validUntil <= :horizon");
            params.and("today", today).and("horizon", today.plusDays(f.expiringWithinDays()));
        }
        return new Query(String.join(" and ", where), params);
    }

    Uni<List<Qualification>> list(Query q, Sort sort, Page page) {
        return find(q.where(), sort, q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<List<Qualification>> ofEnterprises(Collection<UUID> enterpriseIds) {
        return enterpriseIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("enterpriseId in ?1", Sort.by("awardedOn").and("id"), enterpriseIds);
    }

    Uni<Qualification> findAward(UUID enterpriseId, QualificationType type, QualificationLevel level, LocalDate awardedOn) {
        return find("enterpriseId = ?1 and type = ?2 and level = ?3 and awardedOn = ?4", enterpriseId, type, level,
                awardedOn).firstResult();
    }

    /** Counts of qualifications in force on {@code date}, by type and level. */
    Uni<List<Object[]>> countsValidOn(String park, LocalDate date) {
        String hql = "select type, level, count(*) from Qualification where parkId = :park and " + validOn("date")
                + " group by type, level order by type, level";
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(hql, Object[].class)
                .setParameter("park", park).setParameter("date", date).getResultList());
    }
}
