package cn.yuanqu.gateway.safety;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A major hazard's 治理方案: goals, measures, funds, people, deadline and the safety and emergency measures. */
@Input("PlanInput")
@Description("重大隐患治理方案 / a major hazard's remediation plan")
public record PlanInput(
        @NonNull @Description("治理目标和任务 / goals") String goals,
        @NonNull @Description("采取的方法和措施 / measures") String measures,
        @NonNull @Description("经费（元） / funds, yuan") BigDecimal funds,
        @NonNull @Description("负责的机构和人员 / people") String people,
        @NonNull @Description("治理时限 / deadline") LocalDate deadline,
        @NonNull @Description("安全措施和应急预案 / safety and emergency measures") String emergencyMeasures) {
}
