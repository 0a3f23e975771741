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
 * The project side of the demo zone as projects-service computes it from its records matches the work
 * reports of 兴国经开区 (shared/demo/XINGGUO.md). Nothing here writes to the demo parks.
 */
@ExtendWith(Platform.class)
class DemoProjectFiguresTest {

    private static JsonPath figures(String from, String to) {
        Platform p = Platform.get();
        String body = given().auth().oauth2(p.token("xg-leader")).queryParam("from", from).queryParam("to", to)
                .get(p.projects.resolve("/api/figures")).then().statusCode(200).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static BigDecimal value(JsonPath f, String key) {
        return f.getObject("parks[0].figures.find { it.key == '" + key + "' }.value", BigDecimal.class);
    }

    private static List<String> highlight(JsonPath f, String key) {
        return f.getList("parks[0].highlights.find { it.key == '" + key + "' }.items.name", String.class);
    }

    private static String detail(JsonPath f, String key, String name) {
        return f.getString("parks[0].highlights.find { it.key == '" + key + "' }.items.find { it.name == '" + name
                + "' }.detail");
    }

    @Test
    void promotionAndProjectsOf2024MatchTheReport() {
        JsonPath f = figures("2024-01", "2024-12");
        // 外出招商27次，接待客商127次
        assertThat(value(f, "activities.trips")).isEqualByComparingTo("27");
        assertThat(value(f, "activities.receptions")).isEqualByComparingTo("127");
        // 引进三一智能建造旗舰产业园、鸿佑科技、海鑫威科技
        assertThat(value(f, "projects.signed")).isEqualByComparingTo("3");
        assertThat(highlight(f, "projects.signed")).containsExactlyInAnyOrder(
                "兴国三一智能建造年产SPCS预制构件20万立方米项目", "鸿佑科技电子元件生产项目", "海鑫威科技线路板生产项目");
        // 与株洲大川电子、深圳悦茜电子、深圳捷益达电子、广州清盛服装等建立紧密联系 (in talks at the year's end)
        assertThat(highlight(f, "leads.negotiating")).containsExactlyInAnyOrder("株洲大川电子", "深圳悦茜电子", "深圳捷益达电子",
                "广州清盛服装");
        // 三一智能建造年产SPCS预制构件20万立方米项目：全县重中之重，当年开工当年竣工
        String sany = "兴国三一智能建造年产SPCS预制构件20万立方米项目";
        assertThat(highlight(f, "projects.started")).contains(sany);
        assertThat(highlight(f, "projects.completed")).containsExactly(sany);
        assertThat(detail(f, "projects.started", sany)).isEqualTo("产业项目，县重中之重");
        // 新建标准厂房19.8万平方米；污水管网提升改造10.2公里；南区地块平整1000余亩；外环路路网2.5公里
        assertThat(value(f, "projects.factoryM2")).isEqualByComparingTo("198000");
        assertThat(value(f, "projects.pipeKm")).isEqualByComparingTo("10.2");
        assertThat(value(f, "projects.levelledMu")).isBetween(new BigDecimal("1000"), new BigDecimal("1099"));
        assertThat(value(f, "projects.roadKm")).isEqualByComparingTo("2.5");
        // 同比: the 2023 base is there
        assertThat(f.getObject("parks[0].figures.find { it.key == 'activities.trips' }.base", BigDecimal.class))
                .isEqualByComparingTo("21");
    }

    @Test
    void januaryToMay2022MatchesTheReport() {
        JsonPath f = figures("2022-01", "2022-05");
        // 外出招商8次
        assertThat(value(f, "activities.trips")).isEqualByComparingTo("8");
        // 晶华显示 5月30日签约，总投资10亿元；鑫安正 总投资3亿元
        assertThat(value(f, "projects.signed")).isEqualByComparingTo("2");
        assertThat(value(f, "projects.signedInvestment")).isEqualByComparingTo("1300000000");
        assertThat(f.getObject("parks[0].highlights.find { it.key == 'projects.signed' }.items.find { it.name == "
                + "'深圳晶华显示电子液晶显示模组项目' }.date", String.class)).isEqualTo("2022-05-30");
        // 雨污分流改造(二期) 约32%；经八路旁规划水系(一期) 约97%；外环路路基 约85% — as of the latest report
        assertThat(detail(f, "projects.publicWorks", "老园区城市污水管网雨污分流改造（二期）工程")).startsWith("形象进度32%");
        assertThat(detail(f, "projects.publicWorks", "南区经八路旁规划水系建设工程（一期）")).startsWith("形象进度97%");
        assertThat(detail(f, "projects.publicWorks", "南区外环路（经八路-纬一路段）路基工程")).startsWith("形象进度85%");
        assertThat(value(f, "projects.started")).as("雨污分流(二期) started in March 2022").isEqualByComparingTo("1");
    }
}
