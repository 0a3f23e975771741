package cn.yuanqu.gateway.dashboard;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * 园区驾驶舱: a period (months {@code from}…{@code to}) of one or more parks. Its sections are resolved from
 * the services' figures endpoints — each service called once per request for all the parks — so one
 * service being down leaves the other sections intact (with an error naming it).
 */
@Description("园区驾驶舱（期间、园区；各板块取自各服务的指标接口） / the zone dashboard for a period")
public record Dashboard(
        @NonNull @Description("起始月份 / first month") String from,
        @NonNull @Description("截止月份 / last month") String to,
        @Description("所问园区（为空则为账号的园区） / parks asked, empty for the account's own") List<@NonNull String> parks) {
}
