package cn.yuanqu.projects.project;

import static cn.yuanqu.projects.testing.TestProjects.create;
import static cn.yuanqu.projects.testing.TestProjects.infrastructure;
import static cn.yuanqu.projects.testing.TestProjects.report;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.yuanqu.testing.FakeEnterprises;
import cn.yuanqu.testing.Tokens;

/** Officers acting on the same project at the same moment: one step wins, no report is lost or doubled. */
@QuarkusTest
@QuarkusTestResource(FakeEnterprises.class)
class ConcurrentStepTest {

    @Test
    void concurrentStepsOfTheSameVersionLetExactlyOneWin() throws Exception {
        String id = create("xg-project", infrastructure("2024-01-10")).statusCode(201).extract().path("id");
        String token = Tokens.of("xg-project");
        List<Integer> statuses = race(5, i -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(i % 2 == 0 ? Map.of("to", "STARTED", "effectiveDate", "2024-03-01")
                        : Map.of("to", "SUSPENDED", "effectiveDate", "2024-03-01", "reason", "资金未到位"))
                .post("/api/projects/" + id + "/transitions").then().extract().response());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        List<String> history = given().auth().oauth2(token).get("/api/projects/" + id + "/history").then().statusCode(200)
                .extract().path("to");
        assertThat(history).hasSize(2);
        assertThat(given().auth().oauth2(token).get("/api/projects/" + id).then().extract().<Integer> path("version"))
                .isEqualTo(1);
    }

    @Test
    void concurrentReportsOfTheSameDayAreRecordedOnce() throws Exception {
        String id = create("xg-project", infrastructure("2024-01-10")).statusCode(201).extract().path("id");
        List<Integer> statuses = race(4, i -> report("xg-project", id, "2024-04-30", "1000000", "10").extract().response());
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(given().auth().oauth2(Tokens.of("xg-project")).get("/api/projects/" + id + "/progress").then()
                .extract().<List<Object>> path("")).hasSize(1);
    }

    private static List<Integer> race(int writers, IntFunction<Response> call) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<CompletableFuture<Response>> calls = IntStream.range(0, writers)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return call.apply(i);
                    }, pool)).toList();
            start.countDown();
            return calls.stream().map(CompletableFuture::join).map(Response::statusCode).toList();
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
