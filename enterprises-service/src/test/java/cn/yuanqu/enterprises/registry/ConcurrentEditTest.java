package cn.yuanqu.enterprises.registry;

import static cn.yuanqu.enterprises.testing.TestEnterprises.input;
import static cn.yuanqu.enterprises.testing.TestEnterprises.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.yuanqu.testing.Tokens;

/** Two officers save the same version at the same moment: one wins, the other is told, nothing is lost. */
@QuarkusTest
class ConcurrentEditTest {

    @Test
    void concurrentUpdatesOfTheSameVersionLetExactlyOneWin() throws Exception {
        Response created = register("xingguo", input("并发编辑有限公司"));
        String id = created.path("id");
        String code = created.path("creditCode");
        String token = Tokens.of("xg-enterprise");
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<CompletableFuture<Response>> calls = java.util.stream.IntStream.range(0, writers)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        Map<String, Object> body = input("并发编辑有限公司（" + i + "）", code);
                        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                                .body(body).when().put("/api/enterprises/" + id).then().extract().response();
                    }, pool)).toList();
            start.countDown();
            List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(Response::statusCode).toList();
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            String winner = calls.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 200)
                    .findFirst().orElseThrow().path("name");

            Response now = given().auth().oauth2(token).get("/api/enterprises/" + id);
            assertThat(now.<Integer> path("version")).isEqualTo(1);
            assertThat(now.<String> path("name")).isEqualTo(winner);
            assertThat(given().auth().oauth2(token).get("/api/enterprises/" + id + "/audit").then().extract()
                    .<List<String>> path("action")).containsExactly("register", "update");
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
