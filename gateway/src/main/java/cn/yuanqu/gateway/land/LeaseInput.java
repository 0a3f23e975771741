package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A factory lease to sign. */
@Description("签订厂房租赁 / sign a lease")
@Input("LeaseInput")
public record LeaseInput(
        @NonNull @Description("合同编号 / contract number") String contractNo,
        @NonNull @Id @Description("承租企业ID / tenant") String enterpriseId,
        @NonNull @Description("单元ID / unit ids") List<@NonNull String> unitIds,
        @NonNull @Description("起租日 / start") LocalDate startOn,
        @NonNull @Description("到期日 / end") LocalDate endOn,
        @NonNull @Description("租金（元/平方米·月） / rent per m² per month") BigDecimal rentPerM2,
        @NonNull @Description("物业费（元/平方米·月） / property fee per m² per month") BigDecimal propertyFeePerM2,
        @NonNull @Description("履约保证金（元） / deposit") BigDecimal deposit) {
}
