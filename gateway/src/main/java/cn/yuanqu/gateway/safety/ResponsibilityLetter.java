package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A responsibility letter as the API shows it. */
@Description("安全生产责任状 / a safety responsibility letter")
public record ResponsibilityLetter(
        @NonNull @Id @Description("责任状ID / letter id") String id,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("企业名称 / enterprise name") String enterpriseName,
        @NonNull @Description("年度 / year") Integer year,
        @NonNull @Description("签订日期 / signed on") LocalDate signedOn,
        @NonNull @Description("企业签订人 / signatory") String signatory,
        @Description("备注 / notes") String notes) {
}
