package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A parcel an enterprise holds (land-service). */
@Description("宗地（土地服务） / a parcel, from land-service")
public record Parcel(
        @NonNull @Id String id,
        @NonNull @Description("宗地编号 / code") String code,
        @NonNull @Description("名称 / name") String name,
        @NonNull @Description("面积（亩） / area in 亩") BigDecimal areaMu,
        @Description("用途 / land use") String landUse,
        @NonNull @Description("状态 / status") String status,
        @NonNull @Description("状态名称，如 已建成、闲置 / status name") String statusName,
        @Description("状态起始日期 / status since") LocalDate statusSince,
        @Description("出让合同编号 / contract number") String contractNo) {
}
