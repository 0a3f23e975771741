package cn.yuanqu.gateway.enterprises.eligibility;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** The pre-screen of one enterprise: every program, from its own records (enterprises-service's {@code EligibilityResult}). */
@Description("企业预评结果 / an enterprise's pre-screen")
public record EligibilityResult(
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("企业名称 / name") String name,
        @Description("产业链 / industry chain") String industryChain,
        @NonNull @Description("规上滚动12个月截止月份 / last month of the trailing 12 months") String asOf,
        @NonNull @Description("年度条件所用年份 / the year of the annual conditions") Integer year,
        @NonNull @Description("各项目 / programs") List<@NonNull EligibilityProgram> programs) {
}
