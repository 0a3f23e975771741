package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The land side of the demo zone as land-service computes it from its records matches the work reports
 * of 兴国经开区 (shared/demo/XINGGUO.md). Nothing here writes to the demo parks.
 */
@ExtendWith(Platform.class)
class DemoLandFiguresTest {

    private static JsonPath figures(String from, String to) {
        Platform p = Platform.get();
        String body = given().auth().oauth2(p.token("xg-leader")).queryParam("from", from).queryParam("to", to)
                .get(p.land.resolve("/api/figures")).then().statusCode(200).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal value(JsonPath f, String key) {
        return f.getObject("parks[0].figures.find { it.key == '" + key + "' }.value", BigDecimal.class);
    }

    private static List<String> names(JsonPath f, String key) {
        return f.getList("parks[0].highlights.find { it.key == '" + key + "' }.items.name", String.class);
    }

    @Test
    void landOf2024MatchesTheReport() {
        JsonPath f = figures("2024-01", "2024-12");
        // 完成处置闲置低效用地2720余亩
        assertThat(value(f, "cases.disposedMu")).isBetween(new BigDecimal("2720"), new BigDecimal("2729"));
        // 腾退标准厂房16.81万平方米
        assertThat(value(f, "factories.clearedM2")).isEqualByComparingTo("168100");
    }

    @Test
    void januaryToMay2022MatchesTheReport() {
        JsonPath f = figures("2022-01", "2022-05");
        // 110宗纳入清查处置
        assertThat(value(f, "cases.opened")).isEqualByComparingTo("110");
        // 3宗涉嫌闲置调查 (idle-land cases under investigation at the end of May; the inefficient ones are in 清查)
        assertThat(f.getList("parks[0].highlights.find { it.key == 'cases.investigating' }.items.findAll { "
                + "it.detail.startsWith('闲置土地') }.name", String.class))
                .containsExactlyInAnyOrder("兴国威保运动用品有限公司", "兴国满都针织有限公司", "兴国远山农业开发有限公司");
        // 2宗无偿收回; 5宗低效用地限期动工
        List<String> decided = names(f, "cases.decided");
        assertThat(decided).contains("兴国荣发门业有限公司", "兴国久容卫浴有限公司", "兴国正安拨叉有限公司", "兴国威斯嘉服饰有限公司",
                "兴国康伟手袋有限公司", "兴国目田电子有限公司", "兴国鸿潮服饰有限公司");
        assertThat(f.getList("parks[0].highlights.find { it.key == 'cases.decided' }.items.detail", String.class))
                .containsOnly("无偿收回", "限期动工").filteredOn("无偿收回"::equals).hasSize(2);
        // 清退鸿鑫光学、豆豆科技等6000多平方米
        assertThat(value(f, "factories.clearedM2")).isBetween(new BigDecimal("6000"), new BigDecimal("6999"));
        assertThat(names(f, "factories.cleared")).contains("兴国鸿鑫光学有限公司", "兴国豆豆科技有限公司");
        // 截止6月底：履约保证金203.2万元，租金193.4万元，物业费172.9万元
        JsonPath h = figures("2022-01", "2022-06");
        assertThat(value(h, "factories.depositCollected")).isEqualByComparingTo("2032000");
        assertThat(value(h, "factories.rentCollected")).isEqualByComparingTo("1934000");
        assertThat(value(h, "factories.propertyFeeCollected")).isEqualByComparingTo("1729000");
    }
}
