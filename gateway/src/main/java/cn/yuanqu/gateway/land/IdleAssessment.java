package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** land-service's 53号令 assessment of a parcel as of a date. */
@Description("闲置土地认定与处置建议（53号令） / idle-land assessment under Order No. 53")
public record IdleAssessment(
        @NonNull @Description("评估日期 / as of") LocalDate asOf,
        @NonNull @Description("是否闲置 / idle") Boolean idle,
        @Description("起算日（约定动工日或停工日） / the date the clock runs from") LocalDate clockFrom,
        @NonNull @Description("未动工/停工满整年数 / full years since the clock started") Integer fullYears,
        @Description("闲置起始日（起算满一年） / idle since") LocalDate idleSince,
        @Description("原因 / cause") IdleCause cause,
        @Description("政府原因类别 / government-caused reason") GovernmentCause governmentCause,
        @Description("土地闲置费（出让/划拨价款的20%，元） / idle fee, 20 % of the land price") BigDecimal idleFee,
        @NonNull @Description("依法可选处置方式 / lawful options") List<@NonNull LandDisposalMethod> options,
        @NonNull @Description("说明与依据 / reasons and articles") List<@NonNull String> reasons) {
}
