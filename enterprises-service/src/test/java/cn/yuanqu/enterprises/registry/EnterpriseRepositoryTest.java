package cn.yuanqu.enterprises.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.enterprises.testing.TestEnterprises;

/** Queries of the repository against the real test database; each test's writes are rolled back. */
@QuarkusTest
class EnterpriseRepositoryTest {

    @Inject
    EnterpriseRepository repository;

    private static Enterprise enterprise(String park, String name, String chain) {
        var input = new EnterpriseInput(TestEnterprises.newCreditCode(), name, null, List.of(), null, null, chain, null,
                null, null);
        return Enterprise.register(EnterpriseIds.of(park, input.creditCode()), park, input, LocalDate.of(2020, 1, 1),
                "test", OffsetDateTime.now());
    }

    /** Runs {@code work} in a transaction that is rolled back at its end. */
    private static <T> Uni<T> rolledBack(Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> Panache.currentTransaction()
                .invoke(Mutiny.Transaction::markForRollback)
                .chain(tx -> work.get()));
    }

    @Test
    @RunOnVertxContext
    void aNameFilterMatchesLiterallyEvenWithLikeWildcards(UniAsserter asserter) {
        var filter = new EnterpriseFilter("之百_测试%", null, null, null, null, null, null);
        asserter.assertThat(() -> rolledBack(() -> repository.persist(enterprise("rp-a", "百分之百_测试%有限公司", "电子信息"))
                .chain(() -> repository.persist(enterprise("rp-a", "百分之百X测试Y有限公司", "电子信息")))
                .chain(() -> repository.list(EnterpriseRepository.query("rp-a", filter, Optional.empty()),
                        Sort.by("name"), Page.ofSize(10)))),
                list -> assertThat(list).extracting(Enterprise::getName).containsExactly("百分之百_测试%有限公司"));
    }

    @Test
    @RunOnVertxContext
    void everyQueryIsBoundToItsPark(UniAsserter asserter) {
        var filter = new EnterpriseFilter(null, null, "新材料", null, null, null, null);
        asserter.assertThat(() -> rolledBack(() -> repository.persist(enterprise("rp-b", "本园区企业", "新材料"))
                .chain(() -> repository.persist(enterprise("rp-c", "他园区企业", "新材料")))
                .chain(() -> repository.count(EnterpriseRepository.query("rp-b", filter, Optional.empty())))),
                count -> assertThat(count).isEqualTo(1L));
    }

    @Test
    @RunOnVertxContext
    void rolledBackRowsAreGone(UniAsserter asserter) {
        asserter.execute(() -> rolledBack(() -> repository.persist(enterprise("rp-d", "回滚企业", "新材料"))));
        asserter.assertThat(() -> Panache.withSession(() -> repository.count(EnterpriseRepository.query("rp-d",
                EnterpriseFilter.NONE, Optional.empty()))), count -> assertThat(count).isZero());
    }
}
