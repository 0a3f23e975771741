package cn.yuanqu.gateway.projects;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A promotion activity as recorded, with the leads it touched. */
@Description("招商活动 / a promotion activity")
@Input("ActivityInput")
public record ActivityInput(
        @NonNull @Description("类型 / kind") ActivityKind kind,
        @NonNull @Description("开始日期，不晚于今天 / from, not in the future") LocalDate startOn,
        @Description("结束日期（默认同开始日期） / to, defaults to the start") LocalDate endOn,
        @NonNull @Description("活动名称，如 赴深圳电子信息产业招商 / title") String title,
        @Description("地点（外出地或接待地） / place") String place,
        @Description("参加人员 / people") String people,
        @Description("对接客商 / counterparts met") String counterparts,
        @Description("成效 / outcome") String outcome,
        @Description("涉及的招商线索ID（至多50个） / leads touched, up to 50") List<@NonNull String> leadIds) {
}
