package cn.yuanqu.gateway.enterprises.eligibility;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One condition of a program: what was required, what the records say, and the verdict (enterprises-service's {@code EligibilityCondition}). */
@Description("预评条件 / a condition")
public record EligibilityCondition(
        @NonNull @Description("条件代码 / code") String code,
        @NonNull @Description("条件 / name") String name,
        @NonNull @Description("PASS / FAIL / MISSING") String verdict,
        @Description("企业实际值 / the enterprise's value") String actual,
        @NonNull @Description("要求 / required") String required,
        @Description("得分（计分项） / points, for scored items") Integer points) {
}
