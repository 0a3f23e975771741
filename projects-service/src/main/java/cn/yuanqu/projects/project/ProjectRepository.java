package cn.yuanqu.projects.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The project ledger; every query is bound to one park. */
@ApplicationScoped
@WithSession
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /** The stages of an industrial project that has signed but not started. */
    static final List<ProjectStage> BEFORE_START = List.of(ProjectStage.SIGNED, ProjectStage.APPROVED,
            ProjectStage.LAND_SUPPLIED);

    record Query(String where, Parameters params) {
    }

    static Query query(String park, ProjectFilter filter, UUID investor) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("park", park);
        where.add("parkId = :park");
        ProjectFilter f = filter == null ? ProjectFilter.NONE : filter;
        if (f.category() != null) {
            where.add("category = :category");
            params.and("category", f.category());
        }
        if (f.stage() != null) {
            where.add("stage = :stage");
            params.and("stage", f.stage());
        }
        if (f.keyLevel() != null) {
            where.add("keyLevel = :keyLevel");
            params.and("keyLevel", f.keyLevel());
        }
        if (f.industryChain() != null && !f.industryChain().isBlank()) {
            where.add("industryChain = :chain");
            params.and("chain", f.industryChain().strip());
        }
        if (f.leader() != null && !f.leader().isBlank()) {
            where.add("leader = :leader");
            params.and("leader", f.leader().strip());
        }
        if (investor != null) {
            where.add("investorId = :investor");
            params.and("investor", investor);
        }
        if (f.name() != null && !f.name().isBlank()) {
            where.add("lower(name) like :name");
            params.and("name", "%" + f.name().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Query(String.join(" and ", where), params);
    }

    Uni<List<Project>> list(Query q, Sort sort, Page page) {
        return find(q.where(), sort, q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    /** Projects of several enterprises as investor (batched look-up for the gateway's joins). */
    Uni<List<Project>> ofInvestors(Collection<UUID> enterpriseIds) {
        return enterpriseIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("investorId in ?1", Sort.by("signedOn", Sort.Direction.Descending).and("id"), enterpriseIds);
    }

    Uni<List<Project>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    /** 签约未开工: industrial projects signed and not started (a suspended one counts where it left off). */
    Uni<List<Project>> signedNotStarted(String park) {
        return list("parkId = ?1 and (stage in ?2 or (stage = ?3 and suspendedFrom in ?2))",
                Sort.by("signedOn").and("name"), park, BEFORE_START, ProjectStage.SUSPENDED);
    }

    /**
     * Projects under construction (开工, not yet 竣工) with the date of their latest progress report (null
     * without one), oldest news first.
     */
    Uni<List<Object[]>> underConstruction(String park) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                select cast(p.id as text), (select max(r.report_date) from progress_report r where r.project_id = p.id)
                from project p where p.park_id = :park and p.stage = 'STARTED'
                """, Object[].class).setParameter("park", park).getResultList());
    }

    /** Does the park already have a project of that name (another one than {@code except})? */
    Uni<Boolean> nameTaken(String park, String name, UUID except) {
        return except == null ? count("parkId = ?1 and name = ?2", park, name).map(n -> n > 0)
                : count("parkId = ?1 and name = ?2 and id <> ?3", park, name, except).map(n -> n > 0);
    }
}
