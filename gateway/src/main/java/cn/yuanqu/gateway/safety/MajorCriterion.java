package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A major-hazard criterion in force for a park, and where it comes from. */
@Description("重大隐患判定标准 / a major-hazard criterion")
public record MajorCriterion(
        @NonNull @Description("编号 / code") String code,
        @NonNull @Description("类别 / category") CriterionCategory category,
        @NonNull @Description("情形 / situation") String text,
        @NonNull @Description("是否启用 / active") Boolean active,
        @NonNull @Description("来源：NATIONAL 国家标准，PARK 园区 / source") String source) {
}
