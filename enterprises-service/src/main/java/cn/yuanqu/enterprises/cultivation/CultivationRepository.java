package cn.yuanqu.enterprises.cultivation;

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

import cn.yuanqu.enterprises.qualification.QualificationLevel;
import cn.yuanqu.enterprises.qualification.QualificationType;

/** The cultivation pool; every query is bound to one park. */
@ApplicationScoped
@WithSession
public class CultivationRepository implements PanacheRepositoryBase<CultivationEntry, UUID> {

    record Query(String where, Parameters params) {
    }

    static Query query(String park, CultivationFilter filter, Optional<UUID> onlyEnterprise, UUID enterprise) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("park", park);
        where.add("parkId = :park");
        onlyEnterprise.ifPresent(id -> {
            where.add("enterpriseId = :only");
            params.and("only", id);
        });
        CultivationFilter f = filter == null ? CultivationFilter.NONE : filter;
        if (enterprise != null) {
            where.add("enterpriseId = :enterprise");
            params.and("enterprise", enterprise);
        }
        if (f.target() != null) {
            where.add("target = :target");
            params.and("target", f.target());
        }
        if (f.targetType() != null) {
            where.add("targetType = :targetType");
            params.and("targetType", f.targetType());
        }
        if (f.status() != null) {
            where.add("status = :status");
            params.and("status", f.status());
        }
        if (f.cadre() != null && !f.cadre().isBlank()) {
            where.add("cadre = :cadre");
            params.and("cadre", f.cadre().strip());
        }
        if (f.expectedFrom() != null) {
            where.add("expectedMonth >= :expectedFrom");
            params.and("expectedFrom", f.expectedFrom());
        }
        if (f.expectedTo() != null) {
            where.add("expectedMonth <= :expectedTo");
            params.and("expectedTo", f.expectedTo());
        }
        return new Query(String.join(" and ", where), params);
    }

    Uni<List<CultivationEntry>> list(Query q, Sort sort, Page page) {
        return find(q.where(), sort, q.params()).page(page).list();
    }

    Uni<List<CultivationEntry>> ofEnterprises(Collection<UUID> enterpriseIds) {
        return enterpriseIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("enterpriseId in ?1", Sort.by("expectedMonth").and("id"), enterpriseIds);
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    /** The open entry of an enterprise for a goal, if any. */
    Uni<CultivationEntry> findOpen(UUID enterpriseId, CultivationTarget target, QualificationType type,
            QualificationLevel level) {
        Parameters params = Parameters.with("enterprise", enterpriseId).and("target", target)
                .and("closed", List.of(CultivationStatus.ACHIEVED, CultivationStatus.WITHDRAWN));
        String where = "enterpriseId = :enterprise and target = :target and status not in :closed";
        if (type == null) {
            where += " and targetType is null";
        } else {
            where += " and targetType = :type";
            params.and("type", type);
        }
        if (level == null) {
            where += " and targetLevel is null";
        } else {
            where += " and targetLevel = :level";
            params.and("level", level);
        }
        return find(where, params).firstResult();
    }
}
