package cn.yuanqu.enterprises.registry;

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

/** Enterprises of the registry. Every query is bound to one park. */
@ApplicationScoped
@WithSession
public class EnterpriseRepository implements PanacheRepositoryBase<Enterprise, UUID> {

    /** A filtered, park-bound query: HQL condition plus its parameters. */
    record Query(String where, Parameters params) {
    }

    static Query query(String park, EnterpriseFilter filter, Optional<UUID> onlyEnterprise) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("park", park);
        where.add("parkId = :park");
        onlyEnterprise.ifPresent(id -> {
            where.add("id = :only");
            params.and("only", id);
        });
        EnterpriseFilter f = filter == null ? EnterpriseFilter.NONE : filter;
        if (notBlank(f.name())) {
            where.add("lower(name) like :name escape '\\'");
            params.and("name", "%" + escapeLike(f.name().strip().toLowerCase()) + "%");
        }
        if (notBlank(f.creditCode())) {
            where.add("creditCode like :creditCode escape '\\'");
            params.and("creditCode", escapeLike(f.creditCode().strip().toUpperCase()) + "%");
        }
        if (notBlank(f.industryChain())) {
            where.add("industryChain = :chain");
            params.and("chain", f.industryChain().strip());
        }
        if (f.status() != null) {
            where.add("status = :status");
            params.and("status", f.status());
        }
        if (f.aboveScale() != null) {
            where.add("aboveScale = :aboveScale");
            params.and("aboveScale", f.aboveScale());
        }
        if (notBlank(f.grid())) {
            where.add("grid = :grid");
            params.and("grid", f.grid().strip());
        }
        if (notBlank(f.cadre())) {
            where.add("cadre = :cadre");
            params.and("cadre", f.cadre().strip());
        }
        return new Query(String.join(" and ", where), params);
    }

    Uni<List<Enterprise>> list(Query q, Sort sort, Page page) {
        return find(q.where(), sort, q.params()).page(page).list();
    }

    Uni<Long> count(Query q) {
        return count(q.where(), q.params());
    }

    Uni<Enterprise> findByCreditCode(String park, String creditCode) {
        return find("parkId = ?1 and creditCode = ?2", park, creditCode).firstResult();
    }

    /** The enterprises of a park with these credit codes. */
    public Uni<List<Enterprise>> findByCreditCodes(String park, Collection<String> creditCodes) {
        return creditCodes.isEmpty() ? Uni.createFrom().item(List.of())
                : list("parkId = ?1 and creditCode in ?2", park, creditCodes);
    }

    Uni<List<Enterprise>> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
