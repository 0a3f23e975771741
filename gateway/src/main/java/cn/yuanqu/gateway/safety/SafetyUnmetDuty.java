package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An enterprise on a to-do list: no letter this year, or new and not trained. */
@Description("待落实企业 / an enterprise with a duty not met")
public record SafetyUnmetDuty(
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("企业名称 / name") String name,
        @Description("入园日期 / settled on") LocalDate settledOn) {
}
