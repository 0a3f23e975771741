package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A standard-factory lease (标准厂房租赁), as land-service shows it; also what Enterprise.leases joins. */
@Description("标准厂房租赁（土地服务） / a factory lease, from land-service")
public record Lease(
        @NonNull @Id @Description("租赁ID / lease id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("合同编号 / contract number") String contractNo,
        @NonNull @Id @Description("承租企业ID / tenant") String enterpriseId,
        @NonNull @Description("承租企业 / tenant name") String enterpriseName,
        @NonNull @Description("所租单元编号 / units") List<@NonNull String> units,
        @NonNull @Description("租赁面积（平方米） / area") BigDecimal areaM2,
        @NonNull @Description("起租日 / start") LocalDate startOn,
        @NonNull @Description("到期日 / end") LocalDate endOn,
        @NonNull @Description("租金（元/平方米·月） / rent per m² per month") BigDecimal rentPerM2,
        @NonNull @Description("物业费（元/平方米·月） / property fee per m² per month") BigDecimal propertyFeePerM2,
        @NonNull @Description("月租金（元） / monthly rent") BigDecimal monthlyRent,
        @NonNull @Description("月物业费（元） / monthly property fee") BigDecimal monthlyPropertyFee,
        @NonNull @Description("履约保证金（元） / deposit") BigDecimal deposit,
        @NonNull @Description("今日是否在租 / let today") Boolean active,
        @Description("终止日 / ended on") LocalDate endedOn,
        @Description("终止方式 / how it ended") LeaseEndKind endKind,
        @Description("终止方式名称（到期、清退、腾退） / how it ended, name") String endKindName,
        @Description("终止原因 / reason") String endReason,
        @NonNull @Description("截至今日结余 / balances today") List<@NonNull LeaseBalance> balances,
        @NonNull @Description("版本号（乐观锁，终止时传回） / version, pass it back to end the lease") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
