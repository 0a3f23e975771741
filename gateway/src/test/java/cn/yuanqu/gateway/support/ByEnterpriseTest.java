package cn.yuanqu.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/** A join for many enterprises: one call per batch of distinct ids, the answers back in the enterprises' order. */
class ByEnterpriseTest {

    record Row(String enterpriseId, Integer value) implements ByEnterprise.Row<Integer> {
    }

    @Test
    void aThousandRowsOfSixHundredEnterprisesCostTwoCallsAndKeepTheirOrder() {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, 1000).forEach(i -> ids.add("e" + (i % 600)));
        List<List<String>> calls = new ArrayList<>();
        List<Integer> values = ByEnterprise.resolve(ids, 500, -1, chunk -> {
            calls.add(List.copyOf(chunk));
            // the service knows every enterprise but e7
            return Uni.createFrom().item(chunk.stream().filter(id -> !id.equals("e7"))
                    .map(id -> new Row(id, Integer.parseInt(id.substring(1)))).toList());
        }).await().indefinitely();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).hasSize(500);
        assertThat(calls.get(1)).hasSize(100);
        assertThat(values).hasSize(1000);
        assertThat(values.get(0)).isZero();
        assertThat(values.get(7)).isEqualTo(-1);
        assertThat(values.get(999)).isEqualTo(399);
    }

    @Test
    void noEnterprisesNoCall() {
        assertThat(ByEnterprise.resolve(List.of(), 500, 0, chunk -> {
            throw new AssertionError("no call for no enterprises");
        }).await().indefinitely()).isEmpty();
    }
}
