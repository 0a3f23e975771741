package cn.yuanqu.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * 工作总结 through the gateway over the real services: the demo zone's 2024 and January–May 2022 in the
 * sentences of its own reports (XINGGUO.md), every number computed from the records, and the Markdown
 * download.
 */
@ExtendWith(Platform.class)
class GatewayWorkReportTest {

    private static JsonPath report(String from, String to) {
        Platform p = Platform.get();
        String body = given().auth().oauth2(p.token("xg-leader")).contentType(ContentType.JSON).body(Map.of("query", """
                query($from: String!, $to: String!) { workReport(from: $from, to: $to) { period
                  economy { title sentences } cultivation { sentences } projects { sentences } safety { sentences }
                  land { sentences } service { sentences } } }""", "variables", Map.of("from", from, "to", to)))
                .post(p.gateway.resolve("/graphql")).then().statusCode(200).extract().asString();
        return new JsonPath(body);
    }

    private static String text(JsonPath r, String section) {
        return String.join("", r.getList("data.workReport." + section + ".sentences", String.class));
    }

    @Test
    void theReportOf2024StatesTheZonesFiguresInItsOwnWords() {
        JsonPath r = report("2024-01", "2024-12");
        assertThat(r.getList("errors")).isNull();
        assertThat(r.getString("data.workReport.period")).isEqualTo("2024年");
        assertThat(r.getString("data.workReport.economy.title")).isEqualTo("一、经济运行");
        assertThat(text(r, "economy")).startsWith("2024年，园区实现营业收入100.8亿元，同比增长15%；实现利润4亿元")
                .contains("工业增加值7.54亿元，同比增长24%");
        assertThat(text(r, "cultivation")).contains("新增规上企业11家", "有效高新技术企业25家", "新认定高新技术企业10家");
        assertThat(text(r, "projects")).contains("外出招商27次", "接待客商127次", "新建厂房19.8万平方米", "新建管网10.2公里",
                "平整土地1000余亩", "新建道路2.5公里");
        assertThat(text(r, "safety")).contains("整改销号隐患281条", "警示教育22次", "拆除防盗网334套");
        assertThat(text(r, "land")).contains("处置闲置低效用地面积2720余亩", "清退腾退面积16.81万平方米");
        assertThat(text(r, "service")).contains("收集诉求80余件", "帮代办事项430余件", "发放贷款金额3.27亿元", "获贷企业数80余家",
                "追偿回款657.99万元");
    }

    @Test
    void theReportOfJanuaryToMay2022AndItsMarkdownDownload() {
        JsonPath r = report("2022-01", "2022-05");
        assertThat(r.getList("errors")).isNull();
        assertThat(r.getString("data.workReport.period")).isEqualTo("1-5月");
        // "1-5月预计实现营业收入13.88亿元,同比下降14.78%;实现利润5561.93万元,同比下降15.25%"
        assertThat(text(r, "economy")).startsWith("1-5月，园区实现营业收入13.88亿元，同比下降14.78%；实现利润5561.93万元，同比下降15.25%");
        assertThat(text(r, "cultivation")).contains("新增规上企业11家");
        assertThat(text(r, "projects")).contains("外出招商8次", "签约总投资13亿元");
        assertThat(text(r, "land")).contains("立案调查110宗");

        Platform p = Platform.get();
        Response md = given().auth().oauth2(p.token("xg-leader")).queryParam("from", "2022-01").queryParam("to", "2022-05")
                .get(p.gateway.resolve("/reports/work-report.md"));
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.contentType()).startsWith("text/markdown");
        assertThat(md.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(md.asString()).contains("## 一、经济运行", "1-5月，园区实现营业收入13.88亿元，同比下降14.78%", "## 五、土地集约",
                "| 营业收入 | 13.88亿元 |");
        // the download keeps the role rule and checks the period
        given().auth().oauth2(p.token("xg-ent-user")).queryParam("from", "2022-01").queryParam("to", "2022-05")
                .get(p.gateway.resolve("/reports/work-report.md")).then().statusCode(403);
        given().auth().oauth2(p.token("xg-leader")).queryParam("from", "2022-01").queryParam("to", "2022-13")
                .get(p.gateway.resolve("/reports/work-report.md")).then().statusCode(400);
        assertThat(List.of(md.asString().split("\n"))).anyMatch(l -> l.startsWith("# "));
    }
}
