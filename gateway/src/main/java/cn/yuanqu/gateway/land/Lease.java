package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A standard-factory lease of an enterprise (land-service). */
@Description("标准厂房租赁（土地服务） / a factory lease, from land-service")
public record Lease(
        @NonNull @Id String id,
        @NonNull @Description("合同编号 / contract number") String contractNo,
        @NonNull @Description("起租日 / start") LocalDate startOn,
        @NonNull @Description("到期日 / end") LocalDate endOn,
        @Description("月租金（元） / monthly rent") BigDecimal monthlyRent,
        @Description("月物业费（元） / monthly property fee") BigDecimal monthlyPropertyFee,
        @Description("履约保证金（元） / deposit") BigDecimal deposit,
        @Description("是否在租 / active") Boolean active,
        @Description("结束方式（到期、清退、腾退） / how it ended") String endKindName) {
}
