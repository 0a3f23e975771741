package cn.yuanqu.gateway.projects;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A project under construction without a progress report for longer than the park allows. */
@Description("停滞项目：在建但超过规定天数未填报进度 / under construction without a progress report for too long")
public record StalledProject(
        @NonNull @Description("项目 / project") Project project,
        @Description("最近一次进度填报日期 / latest progress report") LocalDate lastReportDate,
        @NonNull @Description("距最近填报（无填报时距开工）的天数 / days since the latest report, or since the start") Integer daysSilent,
        @NonNull @Description("园区停滞天数 / the park's stalled-after days") Integer stalledAfterDays) {
}
