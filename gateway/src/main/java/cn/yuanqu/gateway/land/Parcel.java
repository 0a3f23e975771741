package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A parcel of the ledger (宗地台账), as land-service shows it; also what Enterprise.parcels, Project.parcel and the land cases join. */
@Description("宗地（土地服务） / a parcel, from land-service")
public record Parcel(
        @NonNull @Id @Description("宗地ID / parcel id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("宗地编号 / code") String code,
        @NonNull @Description("名称 / name") String name,
        @Description("坐落 / location") String location,
        @NonNull @Description("面积（亩） / area, mu") BigDecimal areaMu,
        @NonNull @Description("面积（平方米，1亩=10000/15平方米） / area, m²") BigDecimal areaM2,
        @NonNull @Description("土地用途 / land use") String landUse,
        @Description("供地方式 / supply method") LandSupplyMethod supplyMethod,
        @Id @Description("使用权企业ID / holder enterprise id") String holderId,
        @Description("使用权企业名称 / holder name") String holderName,
        @Description("合同编号 / contract number") String contractNo,
        @Description("合同日期 / contract date") LocalDate contractDate,
        @Description("出让/划拨价款（元） / land price") BigDecimal landPrice,
        @Description("约定动工日期 / agreed start") LocalDate agreedStartOn,
        @Description("约定竣工日期 / agreed completion") LocalDate agreedCompletionOn,
        @Description("实际动工日期 / started on") LocalDate startedOn,
        @Description("实际竣工日期 / completed on") LocalDate completedOn,
        @Description("承诺投资（元） / promised investment") BigDecimal promisedInvestment,
        @Description("投资强度（万元/亩） / investment intensity, 10k yuan per mu") BigDecimal investmentIntensity,
        @Description("约定容积率 / plot ratio agreed") BigDecimal plotRatioAgreed,
        @Description("实际容积率 / plot ratio actual") BigDecimal plotRatioActual,
        @Description("已开发面积占比 / developed share") BigDecimal developedShare,
        @Description("已投资占比 / invested share") BigDecimal investedShare,
        @Description("中止开发建设日期 / suspended since") LocalDate suspendedSince,
        @Description("政府原因 / government-caused reason") GovernmentCause governmentCause,
        @NonNull @Description("状态 / status") ParcelStatus status,
        @NonNull @Description("状态名称，如 已建成、闲置 / status name") String statusName,
        @NonNull @Description("状态起始日期 / status since") LocalDate statusSince,
        @Description("界址（GeoJSON 文本） / boundary, GeoJSON text") String boundary,
        @Description("界址计算面积（平方米，球面） / area of the boundary on the sphere, m²") BigDecimal boundaryAreaM2,
        @NonNull @Description("版本号（乐观锁，修改时传回） / version, pass it back when changing") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
