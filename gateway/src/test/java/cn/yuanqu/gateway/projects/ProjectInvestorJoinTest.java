package cn.yuanqu.gateway.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.inject.Vetoed;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.Enterprise;
import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.enterprises.EnterpriseStatus;

/** {@code Project.investor}: one look-up of the distinct investors for a whole list of projects, none without any. */
class ProjectInvestorJoinTest {

    /**
     * Counts the look-ups and answers each id it knows, in the order asked, null for the others. Vetoed: not a bean
     * of the application the {@code @QuarkusTest}s start (it would inherit {@code @ApplicationScoped}).
     */
    @Vetoed
    static final class FakeEnterprises extends EnterpriseGateway {
        final List<List<String>> calls = new ArrayList<>();
        final List<String> known;

        FakeEnterprises(String... known) {
            super(null, null, null);
            this.known = List.of(known);
        }

        @Override
        public Uni<List<Enterprise>> byIds(List<String> ids) {
            calls.add(ids);
            return Uni.createFrom().item(ids.stream().map(id -> known.contains(id) ? enterprise(id) : null).toList());
        }
    }

    static Enterprise enterprise(String id) {
        return new Enterprise(id, "xingguo", "91360732000000000X", "企业" + id, null, List.of(), null, null, null,
                EnterpriseStatus.OPERATING, null, false, null, null, null, null, 0L, OffsetDateTime.now(),
                OffsetDateTime.now());
    }

    static Project project(String investorId) {
        return new Project("p-" + investorId, "xingguo", "项目", ProjectCategory.INDUSTRIAL, "产业项目", investorId, null,
                null, null, null, BigDecimal.TEN, null, null, null, null, null, null, null, null, null,
                ProjectStage.SIGNED, "签约", LocalDate.of(2024, 1, 1), null, List.of(ProjectStage.APPROVED),
                LocalDate.of(2024, 1, 1), null, null, null, null, null, 0L, OffsetDateTime.now());
    }

    private static ProjectJoinsGraphQLApi api(EnterpriseGateway enterprises) {
        return new ProjectJoinsGraphQLApi(null, enterprises, null, null);
    }

    @Test
    void theDistinctInvestorsOfAllProjectsAreLookedUpOnceAndPutBackInOrder() {
        FakeEnterprises enterprises = new FakeEnterprises("a", "b");
        List<Project> projects = Arrays.asList(project("a"), project(null), project("b"), project("a"), project("gone"));
        List<Enterprise> investors = api(enterprises).investor(projects).await().indefinitely();
        assertThat(enterprises.calls).containsExactly(List.of("a", "b", "gone"));
        assertThat(investors).hasSize(5);
        assertThat(investors.get(0).id()).isEqualTo("a");
        assertThat(investors.get(1)).isNull();
        assertThat(investors.get(2).id()).isEqualTo("b");
        assertThat(investors.get(3).id()).isEqualTo("a");
        assertThat(investors.get(4)).as("an investor the caller may not see").isNull();
    }

    @Test
    void projectsWithoutInvestorCostNoCall() {
        FakeEnterprises enterprises = new FakeEnterprises();
        List<Enterprise> investors = api(enterprises).investor(List.of(project(null), project(null))).await().indefinitely();
        assertThat(enterprises.calls).isEmpty();
        assertThat(investors).containsExactly(null, null);
    }
}
