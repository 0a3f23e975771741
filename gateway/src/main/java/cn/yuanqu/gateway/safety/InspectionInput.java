package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An inspection as recorded. */
@Input("InspectionInput")
@Description("检查记录 / an inspection")
public record InspectionInput(
        @NonNull @Description("检查类型 / type") InspectionType type,
        @NonNull @Description("检查领域 / domain") SafetyDomain domain,
        @NonNull @Description("被检查企业ID（企业服务中本园区企业） / enterprise id") String enterpriseId,
        @Description("所属专项行动ID / campaign id") String campaignId,
        @NonNull @Description("检查日期 / inspected on") LocalDate inspectedOn,
        @NonNull @Description("检查人员 / inspectors") String inspectors,
        @Description("检查结果 / result") String result) {
}
