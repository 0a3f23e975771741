package cn.yuanqu.gateway.enterprises.eligibility;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The pre-screen of one program for one enterprise (enterprises-service's {@code EligibilityProgram}). */
@Description("单项预评结果 / the screen of one program")
public record EligibilityProgram(
        @NonNull @Description("项目 / program") Program program,
        @NonNull @Description("项目名称 / program name") String programName,
        @NonNull @Description("结论 / outcome") Outcome outcome,
        @Description("得分（创新型中小企业百分制） / score, for the 100-point programs") Integer score,
        @NonNull @Description("条件 / conditions") List<@NonNull EligibilityCondition> conditions,
        @NonNull @Description("缺少的数据 / data missing") List<@NonNull String> missing) {
}
