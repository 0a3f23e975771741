package cn.yuanqu.gateway.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

class EnterpriseBatchTest {

    private static Enterprise enterprise(String id) {
        return new Enterprise(id, "xingguo", "code-" + id, "企业" + id, null, List.of(), null, null, null,
                EnterpriseStatus.OPERATING, null, false, null, null, null, null, 0L, null, null);
    }

    /** A counting fake of the service's batched look-up that knows only even-numbered ids. */
    static final class FakeService implements Function<List<String>, Uni<List<Enterprise>>> {
        final AtomicInteger calls = new AtomicInteger();
        final List<Integer> sizes = new ArrayList<>();

        @Override
        public Uni<List<Enterprise>> apply(List<String> ids) {
            calls.incrementAndGet();
            sizes.add(ids.size());
            return Uni.createFrom().item(ids.stream()
                    .map(id -> Integer.parseInt(id.substring(1)) % 2 == 0 ? enterprise(id) : null).toList());
        }
    }

    @Test
    void aHundredRowsCostOneDownstreamCall() {
        FakeService service = new FakeService();
        List<String> ids = IntStream.range(0, 100).mapToObj(i -> "e" + (i % 60)).toList();
        List<Enterprise> result = EnterpriseBatch.resolve(ids, 500, service).await().indefinitely();
        assertThat(service.calls).hasValue(1);
        assertThat(service.sizes).containsExactly(60);
        assertThat(result).hasSize(100);
        for (int i = 0; i < 100; i++) {
            String id = ids.get(i);
            if (Integer.parseInt(id.substring(1)) % 2 == 0) {
                assertThat(result.get(i).id()).isEqualTo(id);
            } else {
                assertThat(result.get(i)).isNull();
            }
        }
    }

    @Test
    void largeBatchesAreSplitAtTheBatchSize() {
        FakeService service = new FakeService();
        List<String> ids = IntStream.range(0, 1200).mapToObj(i -> "e" + i).toList();
        List<Enterprise> result = EnterpriseBatch.resolve(ids, 500, service).await().indefinitely();
        assertThat(service.sizes).containsExactly(500, 500, 200);
        assertThat(result.get(1198).id()).isEqualTo("e1198");
        assertThat(result.get(1199)).isNull();
    }

    @Test
    void noIdsMeansNoCall() {
        FakeService service = new FakeService();
        assertThat(EnterpriseBatch.resolve(List.of(), 500, service).await().indefinitely()).isEmpty();
        assertThat(service.calls).hasValue(0);
    }
}
