package cn.yuanqu.gateway.land;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/** A join by key: one call per batch of distinct keys, rows without a key never asked for, answers in row order. */
class KeyBatchTest {

    @Test
    void sixHundredDistinctKeysAmongAThousandRowsCostTwoCallsAndKeepTheRowsOrder() {
        List<String> keys = new ArrayList<>();
        IntStream.range(0, 1000).forEach(i -> keys.add(i % 10 == 3 ? null : "k" + (i % 600)));
        List<List<String>> calls = new ArrayList<>();
        List<String> values = KeyBatch.<String, String> resolve(keys, 500, chunk -> {
            calls.add(List.copyOf(chunk));
            // the service knows every key but k7
            return Uni.createFrom().item(chunk.stream().map(k -> k.equals("k7") ? null : "v" + k.substring(1)).toList());
        }).await().indefinitely();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).hasSize(500).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(calls.stream().mapToInt(List::size).sum()).isEqualTo(540);
        assertThat(values).hasSize(1000);
        assertThat(values.get(0)).isEqualTo("v0");
        assertThat(values.get(3)).isNull();
        assertThat(values.get(7)).isNull();
        assertThat(values.get(999)).isEqualTo("v399");
    }

    @Test
    void rowsWithoutKeysCostNoCall() {
        List<Integer> calls = new ArrayList<>();
        List<String> values = KeyBatch.<String, String> resolve(Arrays.asList(null, null), 500, chunk -> {
            calls.add(chunk.size());
            return Uni.createFrom().item(List.of());
        }).await().indefinitely();
        assertThat(calls).isEmpty();
        assertThat(values).containsExactly(null, null);
    }

    @Test
    void recordKeysAreMatchedByValue() {
        List<ParcelRefInput> refs = List.of(new ParcelRefInput("xingguo", "XG-1"), new ParcelRefInput("demo2", "XG-1"),
                new ParcelRefInput("xingguo", "XG-1"));
        List<List<ParcelRefInput>> calls = new ArrayList<>();
        List<String> values = KeyBatch.<ParcelRefInput, String> resolve(refs, 500, chunk -> {
            calls.add(chunk);
            return Uni.createFrom().item(chunk.stream().map(r -> r.park() + "/" + r.code()).toList());
        }).await().indefinitely();
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).hasSize(2);
        assertThat(values).containsExactly("xingguo/XG-1", "demo2/XG-1", "xingguo/XG-1");
    }
}
