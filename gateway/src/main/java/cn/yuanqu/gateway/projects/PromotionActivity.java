package cn.yuanqu.gateway.projects;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A promotion activity (招商活动): a trip, a reception or a promotion event, with the leads it touched. */
@Description("招商活动 / a promotion activity")
public record PromotionActivity(
        @NonNull @Id @Description("活动ID / activity id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("类型 / kind") ActivityKind kind,
        @NonNull @Description("类型名称 / kind name") String kindName,
        @NonNull @Description("开始日期 / from") LocalDate startOn,
        @NonNull @Description("结束日期 / to") LocalDate endOn,
        @NonNull @Description("活动名称 / title") String title,
        @Description("地点 / place") String place,
        @Description("参加人员 / people") String people,
        @Description("对接客商 / counterparts") String counterparts,
        @Description("成效 / outcome") String outcome,
        @NonNull @Description("涉及的线索ID / leads touched") List<@NonNull String> leadIds,
        @NonNull @Description("版本号（修改时传回） / version, pass it back when changing") Long version) {
}
