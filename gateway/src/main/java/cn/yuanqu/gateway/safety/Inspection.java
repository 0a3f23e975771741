package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An inspection as the API shows it. */
@Description("检查记录 / an inspection")
public record Inspection(
        @NonNull @Id @Description("检查记录ID / inspection id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("检查类型 / type") InspectionType type,
        @NonNull @Description("类型名称 / type name") String typeName,
        @NonNull @Description("检查领域 / domain") SafetyDomain domain,
        @NonNull @Description("领域名称 / domain name") String domainName,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("企业名称（检查时） / enterprise name") String enterpriseName,
        @Id @Description("专项行动ID / campaign id") String campaignId,
        @NonNull @Description("检查日期 / inspected on") LocalDate inspectedOn,
        @NonNull @Description("检查人员 / inspectors") String inspectors,
        @Description("检查结果 / result") String result,
        @NonNull @Description("版本号 / version") Long version) {
}
