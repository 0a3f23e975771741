package cn.yuanqu.safety.duty;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A responsibility letter as the API shows it. */
@Name("ResponsibilityLetter")
@Description("安全生产责任状 / a safety responsibility letter")
@Schema(name = "ResponsibilityLetter", description = "安全生产责任状 / a safety responsibility letter")
public record LetterView(
        @NonNull @Id String id,
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("企业名称 / enterprise name") String enterpriseName,
        @NonNull @Description("年度 / year") Integer year,
        @NonNull @Description("签订日期 / signed on") LocalDate signedOn,
        @NonNull @Description("企业签订人 / signatory") String signatory,
        @Description("备注 / notes") String notes) {

    static LetterView of(Letter l) {
        return new LetterView(l.getId().toString(), l.getEnterpriseId().toString(), l.getEnterpriseName(), l.getYear(),
                l.getSignedOn(), l.getSignatory(), l.getNotes());
    }
}
