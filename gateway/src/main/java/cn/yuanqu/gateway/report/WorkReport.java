package cn.yuanqu.gateway.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * 工作总结 figures of one park for a period: each section resolved from the services' figures endpoints (a
 * service that is down nulls its sections with an error naming it), and the whole as a Markdown document.
 */
@Description("工作总结（数据部分）：各节表述与指标，均由各服务记录计算 / the work-report figures of a park for a period")
public record WorkReport(
        @Description("园区 / park (empty: the account's own)") String park,
        @NonNull @Description("起始月份 / first month") String from,
        @NonNull @Description("截止月份 / last month") String to,
        @NonNull @Description("期间表述，如 2024年、1-5月 / the period as the report names it") String period) {
}
