package cn.yuanqu.gateway.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.Enterprise;
import cn.yuanqu.gateway.support.ByEnterprise;

/**
 * The joins of safety records to enterprises: one look-up for the distinct enterprises of all rows, none when
 * no row has one, null for zone-level rows and enterprises not visible; and the REST look-ups' answers bound to
 * the ledgers' full types.
 */
class SafetyJoinsTest {

    private static Enterprise enterprise(String id) {
        return new Enterprise(id, "xingguo", "91360732MA00000000", "企业" + id, null, List.of(), null, null, null,
                cn.yuanqu.gateway.enterprises.EnterpriseStatus.OPERATING, null, false, null, null, null, null, 0L,
                java.time.OffsetDateTime.parse("2024-01-01T00:00:00Z"), java.time.OffsetDateTime.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void manyRowsOfFewEnterprisesCostOneLookUpOfTheDistinctIdsInTheirOrder() {
        List<String> ids = Arrays.asList("a", "b", null, "a", "c", "b");
        List<List<String>> calls = new ArrayList<>();
        List<Enterprise> found = SafetyJoinsGraphQLApi.byIds(ids, chunk -> {
            calls.add(List.copyOf(chunk));
            // c is not visible to the caller
            return Uni.createFrom().item(chunk.stream().map(id -> id.equals("c") ? null : enterprise(id)).toList());
        }).await().indefinitely();
        assertThat(calls).containsExactly(List.of("a", "b", "c"));
        assertThat(found).hasSize(6);
        assertThat(found.get(0).id()).isEqualTo("a");
        assertThat(found.get(1).id()).isEqualTo("b");
        assertThat(found.get(2)).isNull();
        assertThat(found.get(3).id()).isEqualTo("a");
        assertThat(found.get(4)).isNull();
        assertThat(found.get(5).id()).isEqualTo("b");
    }

    @Test
    void rowsWithoutEnterpriseNeedNoCall() {
        List<Enterprise> found = SafetyJoinsGraphQLApi.byIds(Arrays.asList(null, null), chunk -> {
            throw new AssertionError("no call expected");
        }).await().indefinitely();
        assertThat(found).containsExactly(null, null);
    }

    @Test
    void theHazardLookUpBindsToTheFullHazardWithItsEnums() {
        String json = """
                [{"enterpriseId":"e1","hazards":[{"id":"h1","park":"xingguo","inspectionId":"i1","enterpriseId":"e1",
                  "enterpriseName":"某公司","level":"MAJOR","levelName":"重大","criteria":["MGT-1"],"supervised":true,
                  "category":"消防通道","description":"堵塞","foundOn":"2024-03-01","deadline":"2024-03-31",
                  "responsiblePerson":"张三","noticeType":"RECTIFICATION_NOTICE","status":"AWAITING_REVIEW",
                  "statusName":"待复查","statusSince":"2024-03-10","planFunds":1200.50,"overdue":false,"version":3,
                  "updatedAt":"2024-03-10T08:00:00+08:00"}]},
                 {"enterpriseId":"e2","hazards":[]}]""";
        List<SafetyApi.Hazards> rows = ByEnterprise.rows(json, SafetyApi.Hazards.class);
        assertThat(rows).hasSize(2);
        Hazard h = rows.get(0).value().get(0);
        assertThat(h.level()).isEqualTo(HazardLevel.MAJOR);
        assertThat(h.status()).isEqualTo(HazardStatus.AWAITING_REVIEW);
        assertThat(h.noticeType()).isEqualTo(NoticeType.RECTIFICATION_NOTICE);
        assertThat(h.foundOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(h.criteria()).containsExactly("MGT-1");
        assertThat(h.version()).isEqualTo(3L);
        assertThat(rows.get(1).value()).isEmpty();
    }

    @Test
    void theInspectionLookUpBindsToTheFullInspection() {
        String json = """
                [{"enterpriseId":"e1","inspections":[{"id":"i1","park":"xingguo","type":"NIGHT","typeName":"夜查",
                  "domain":"FIRE","domainName":"消防","enterpriseId":"e1","enterpriseName":"某公司",
                  "inspectedOn":"2024-03-01","inspectors":"李四","version":0}]}]""";
        Inspection i = ByEnterprise.rows(json, SafetyApi.Inspections.class).get(0).value().get(0);
        assertThat(i.type()).isEqualTo(InspectionType.NIGHT);
        assertThat(i.domain()).isEqualTo(SafetyDomain.FIRE);
        assertThat(i.campaignId()).isNull();
    }
}
