package cn.yuanqu.projects.promotion;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A promotion activity as the API shows it. */
@Name("PromotionActivity")
@Description("招商活动 / a promotion activity")
@Schema(name = "PromotionActivity", description = "招商活动 / a promotion activity")
public record ActivityView(
        @NonNull @Id String id,
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
        @NonNull @Description("版本号 / version") Long version) {

    static ActivityView of(Activity a, List<String> leadIds) {
        return new ActivityView(a.getId().toString(), a.getParkId(), a.getKind(), a.getKind().label(), a.getStartOn(),
                a.getEndOn(), a.getTitle(), a.getPlace(), a.getPeople(), a.getCounterparts(), a.getOutcome(), leadIds,
                a.getVersion());
    }
}
