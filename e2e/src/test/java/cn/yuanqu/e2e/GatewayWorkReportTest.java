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

    /** The clause (between "：", "；" and "。") of {@code text} that contains {@code marker}. */
    private static String clause(String text, String marker) {
        return java.util.Arrays.stream(text.split("[：；。]")).filter(c -> c.contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause with " + marker + " in " + text));
    }

    /** Every row of XINGGUO.md's 2024 table, numbered as in the XINGGUO audit (#1…#42). */
    @Test
    void theReportOf2024StatesTheZonesFiguresInItsOwnWords() {
        JsonPath r = report("2024-01", "2024-12");
        assertThat(r.getList("errors")).isNull();
        assertThat(r.getString("data.workReport.period")).isEqualTo("2024年");
        assertThat(r.getString("data.workReport.economy.title")).isEqualTo("一、经济运行");
        String economy = text(r, "economy");
        assertThat(economy).as("#1 营业收入突破100亿元").startsWith("2024年，园区实现营业收入100.8亿元");
        assertThat(economy).as("#2 同比增长15%").contains("实现营业收入100.8亿元，同比增长15%");
        assertThat(economy).as("#3 利润4亿元").contains("；实现利润4亿元");
        assertThat(economy).as("#4 工业增加值7.54亿元").contains("工业增加值7.54亿元");
        assertThat(economy).as("#5 同比增长24%").contains("工业增加值7.54亿元，同比增长24%");

        String cultivation = text(r, "cultivation");
        assertThat(cultivation).as("#6 新增规模以上企业11家").contains("新增规上企业11家");
        assertThat(cultivation).as("#7 小巨人1家").contains("有效专精特新“小巨人”1家");
        assertThat(cultivation).as("#8 潜在瞪羚1家").contains("有效潜在瞪羚企业1家");
        assertThat(cultivation).as("#9 旭航诚电子 潜在瞪羚").contains("兴国县旭航诚电子有限公司获评省级潜在瞪羚企业");
        assertThat(cultivation).as("#10 专精特新14家").contains("有效专精特新中小企业14家");
        assertThat(cultivation).as("#11 创新型中小企业25家").contains("有效创新型中小企业25家");
        assertThat(cultivation).as("#12 高新技术企业25家").contains("有效高新技术企业25家");
        assertThat(cultivation).as("#13 今年新增10家").contains("新认定高新技术企业10家");
        assertThat(cultivation).as("#14 科技型中小企业60家").contains("有效科技型中小企业60家");
        assertThat(cultivation).as("#15 新增市级工业设计中心2家").contains("新认定市级工业设计中心2家").contains("共2家获评市级工业设计中心");
        assertThat(cultivation).as("#16 企业技术中心4家").contains("新认定企业技术中心4家");
        assertThat(cultivation).as("#17 百丈泉食品 省级企业技术中心").contains("江西百丈泉食品饮料有限公司获评省级企业技术中心");
        assertThat(cultivation).as("#18 省级绿色制造名单4家").contains("新认定省级绿色工厂4家");
        assertThat(clause(cultivation, "获评省级绿色工厂")).as("#18 兴氟化工等4家").contains("江西兴氟化工有限公司").endsWith("共4家获评省级绿色工厂");
        assertThat(cultivation).as("the registrations by the dozen are stated by count, not named")
                .doesNotContain("获评省级科技型中小企业", "获评国家级高新技术企业");

        String service = text(r, "service");
        assertThat(service).as("#19 收集并协调解决企业诉求80余件").contains("收集诉求80余件", "办结诉求80余件");
        assertThat(service).as("#20 帮代办事项430余件").contains("帮代办事项430余件");
        assertThat(service).as("#21 贷款3.27亿元").contains("发放贷款金额3.27亿元", "“财园信贷通”贷款3.27亿元");
        assertThat(service).as("#22 惠及中小微企业80余家").contains("获贷企业数80余家");
        assertThat(service).as("#23 追偿657.99万元").contains("追偿回款657.99万元");
        assertThat(clause(service, "永华热转印")).as("#24 永华热转印, 绿宝米业").contains("兴国永华热转印有限公司（", "兴国绿宝米业有限公司（");

        String projects = text(r, "projects");
        assertThat(projects).as("#25 外出招商27次").contains("外出招商27次");
        assertThat(projects).as("#26 接待客商127次").contains("接待客商127次");
        assertThat(projects).as("#27 引进三一智能建造、鸿佑科技、海鑫威科技").contains("新签约项目3个");
        assertThat(projects.substring(projects.indexOf("新签约项目："))).as("#27 by name, with their investment")
                .contains("三一智能建造", "鸿佑科技", "海鑫威科技", "，总投资");
        assertThat(projects).as("#28 在谈").contains("在谈项目4个");
        assertThat(clause(projects, "株洲大川电子")).as("#28 in talks by name").contains("株洲大川电子", "深圳悦茜电子", "深圳捷益达电子", "广州清盛服装");
        assertThat(projects).as("#29 当年开工当年竣工").contains("兴国三一智能建造年产SPCS预制构件20万立方米项目当年开工当年竣工");
        assertThat(projects).as("#30 全县重中之重").contains("新开工项目：").contains("兴国三一智能建造年产SPCS预制构件20万立方米项目（县重中之重）");
        assertThat(projects).as("#31 新建标准厂房19.8万平方米").contains("新建厂房19.8万平方米");
        assertThat(projects).as("#32 污水管网10.2公里").contains("新建管网10.2公里");
        assertThat(projects).as("#33 南区地块平整1000余亩").contains("平整土地1000余亩");
        assertThat(projects).as("#34 外环路2.5公里").contains("新建道路2.5公里");

        String safety = text(r, "safety");
        assertThat(safety).as("#35 整改各类安全隐患281条").contains("整改销号隐患281条");
        assertThat(safety).as("#36 安全生产警示教育22次").contains("警示教育22次");
        assertThat(safety).as("#37 应急疏散演练 (全覆盖 is carried by no record)").contains("应急演练");
        assertThat(safety).as("#38 the campaign named before its results").contains("专项行动：").contains("“拆牌、破网、清通道”专项行动");
        assertThat(safety.indexOf("“拆牌、破网、清通道”专项行动")).as("#38 before the results").isLessThan(safety.indexOf("专项行动成果："));
        assertThat(safety).as("#39 拆除防盗网334套").contains("拆除防盗网334套");
        assertThat(safety).as("#40 清通道50余处").contains("清理疏散通道50余处");

        String land = text(r, "land");
        assertThat(land).as("#41 完成处置闲置低效用地2720余亩").contains("处置闲置低效用地面积2720余亩");
        assertThat(land).as("#42 腾退标准厂房16.81万平方米").contains("清退腾退面积16.81万平方米");
    }

    @Test
    void theReportOfJanuaryToMay2022AndItsMarkdownDownload() {
        JsonPath r = report("2022-01", "2022-05");
        assertThat(r.getList("errors")).isNull();
        assertThat(r.getString("data.workReport.period")).isEqualTo("1-5月");
        // "1-5月预计实现营业收入13.88亿元,同比下降14.78%;实现利润5561.93万元,同比下降15.25%"
        assertThat(text(r, "economy")).startsWith("1-5月，园区实现营业收入13.88亿元，同比下降14.78%；实现利润5561.93万元，同比下降15.25%");
        assertThat(text(r, "cultivation")).as("#47 新增入规企业11家").contains("新增规上企业11家");
        String projects = text(r, "projects");
        assertThat(projects).as("#48 外出招商8次").contains("外出招商8次");
        assertThat(projects).as("#49-#51 two signed").contains("新签约项目2个", "签约总投资13亿元");
        assertThat(projects).as("#49 #50 晶华显示 5月30日签约，总投资10亿元").contains("5月30日签约深圳晶华显示电子液晶显示模组项目，总投资10亿元");
        assertThat(projects).as("#51 鑫安正 3亿元").contains("签约深圳市鑫安正科技智能终端项目，总投资3亿元");
        assertThat(projects).as("#52 雨污分流改造(二期) 3700万元").contains("新开工项目1个", "新开工项目总投资3700万元",
                "老园区城市污水管网雨污分流改造（二期）工程总投资3700万元");
        assertThat(projects).as("#53 2022年3月开工").contains("雨污分流改造（二期）工程总投资3700万元，2022年3月开工");
        assertThat(projects).as("#54 完成约32%").contains("2022年3月开工，形象进度32%");
        assertThat(projects).as("#55 水系(一期) 4112万元").contains("南区经八路旁规划水系建设工程（一期）总投资4112万元");
        assertThat(projects).as("#56 2021年4月开工").contains("水系建设工程（一期）总投资4112万元，2021年4月开工");
        assertThat(projects).as("#57 约97%").contains("2021年4月开工，形象进度97%");
        assertThat(projects).as("#58 外环路路基 约7000万元").contains("路基工程总投资7000万元");
        assertThat(projects).as("#59 2018开工").contains("路基工程总投资7000万元，2018年");
        assertThat(clause(projects, "路基工程总投资")).as("#60 约85%").contains("形象进度85%");
        assertThat(text(r, "safety")).as("#61 下发《安全生产指令书》43份").contains("安全生产指令书43份");
        String land = text(r, "land");
        assertThat(land).as("#63 110宗纳入清查处置").contains("立案调查110宗");
        assertThat(clause(land, "闲置土地3宗")).as("#64 3宗涉嫌闲置调查").isEqualTo("闲置土地3宗");
        assertThat(land.substring(land.indexOf("闲置土地3宗：")).split("；")[0]).as("#64 威保运动, 满都针织, 远山农业")
                .contains("威保运动", "满都针织", "远山农业");
        assertThat(land.substring(land.indexOf("无偿收回2宗：")).split("[；。]")[0]).as("#65 2宗无偿收回 (荣发门业, 久容卫浴)")
                .contains("兴国荣发门业有限公司", "兴国久容卫浴有限公司");
        assertThat(land.substring(land.indexOf("限期动工5宗：")).split("[；。]")[0]).as("#66 5宗低效用地限期动工")
                .contains("正安拨叉", "威斯嘉服饰", "康伟手袋", "目田电子", "鸿潮服饰");
        assertThat(land).as("#67 清退6000多平方米").contains("清退腾退面积6000多平方米");
        assertThat(clause(land, "鸿鑫光学")).as("#67 鸿鑫光学、豆豆科技").contains("兴国鸿鑫光学有限公司", "兴国豆豆科技有限公司");
        assertThat(text(r, "service")).as("#74 9个网格").contains("服务网格9个");

        Platform p = Platform.get();
        Response md = given().auth().oauth2(p.token("xg-leader")).queryParam("from", "2022-01").queryParam("to", "2022-05")
                .get(p.gateway.resolve("/reports/work-report.md"));
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.contentType()).startsWith("text/markdown");
        assertThat(md.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(md.asString()).contains("## 一、经济运行", "1-5月，园区实现营业收入13.88亿元，同比下降14.78%", "## 五、土地集约",
                "| 营业收入 | 13.88亿元 |");
        // the download states the same named lists as the query
        assertThat(md.asString()).contains("5月30日签约深圳晶华显示电子液晶显示模组项目，总投资10亿元", "无偿收回2宗：", "限期动工5宗：",
                "闲置土地3宗：", "2022年3月开工，形象进度32%");
        for (String section : List.of("projects", "land")) {
            for (String sentence : r.getList("data.workReport." + section + ".sentences", String.class)) {
                assertThat(md.asString()).as("the download has every sentence of " + section).contains(sentence);
            }
        }
        // the download keeps the role rule and checks the period
        given().auth().oauth2(p.token("xg-ent-user")).queryParam("from", "2022-01").queryParam("to", "2022-05")
                .get(p.gateway.resolve("/reports/work-report.md")).then().statusCode(403);
        given().auth().oauth2(p.token("xg-leader")).queryParam("from", "2022-01").queryParam("to", "2022-13")
                .get(p.gateway.resolve("/reports/work-report.md")).then().statusCode(400);
        assertThat(List.of(md.asString().split("\n"))).anyMatch(l -> l.startsWith("# "));
    }

    /** The 截止6月底 rows of XINGGUO.md's 2022 table (#62, #68…#74) from a report for January–June. */
    @Test
    void theReportOfJanuaryToJune2022StatesTheFiguresAsOfTheEndOfJune() {
        JsonPath r = report("2022-01", "2022-06");
        assertThat(r.getList("errors")).isNull();
        assertThat(r.getString("data.workReport.period")).isEqualTo("1-6月");
        assertThat(text(r, "safety")).as("#62 与186家企业签订安全生产责任状").contains("签订安全生产责任状186家");
        String land = text(r, "land");
        assertThat(land).as("#68 履约保证金203.2万元").contains("收取履约保证金203.2万元");
        assertThat(land).as("#69 租金193.4万元").contains("收取租金193.4万元");
        assertThat(land).as("#70 物业费172.9万元").contains("收取物业费172.9万元");
        String service = text(r, "service");
        assertThat(service).as("#71 为33家企业发放财园通贷款").contains("获贷企业数33家");
        assertThat(service).as("#72 贷款13050万元").contains("发放贷款金额13050万元", "“财园通”贷款13050万元");
        assertThat(service).as("#73 协调解决问题112起").contains("收集诉求112件");
        assertThat(service).as("#74 9个网格").contains("服务网格9个");
    }
}
