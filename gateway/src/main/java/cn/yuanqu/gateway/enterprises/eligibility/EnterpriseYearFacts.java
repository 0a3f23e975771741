package cn.yuanqu.gateway.enterprises.eligibility;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An enterprise's recorded facts for a year (enterprises-service's {@code EnterpriseYearFacts}). */
@Description("企业年度申报要素 / an enterprise's yearly facts")
public record EnterpriseYearFacts(
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("年度 / year") Integer year,
        @NonNull @Description("要素 / facts") EligibilityFacts facts,
        @Description("版本号，未登记为空 / version, null when none recorded") Long version) {
}
