package cn.yuanqu.land.parcel;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.land.idle.GovernmentCause;

/**
 * The facts of a parcel, as registered or corrected (everything but its code and status). Shares are
 * ratios (0.25 = 25 %); the boundary is the text of a GeoJSON Polygon or MultiPolygon in WGS 84.
 */
@Name("ParcelFactsInput")
@Description("宗地情况 / the facts of a parcel")
@Schema(name = "ParcelFactsInput", description = "宗地情况 / the facts of a parcel")
public record ParcelFactsInput(
        @Size(max = 200) @Description("坐落 / location") String location,
        @NonNull @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 4)
        @Description("面积（亩） / area in mu") @Schema(required = true) BigDecimal areaMu,
        @NonNull @NotBlank @Size(max = 40) @Description("土地用途，如 工业用地 / land use") @Schema(required = true) String landUse,
        @Description("供地方式 / supply method") SupplyMethod supplyMethod,
        @Description("受让（使用权）企业ID / holder enterprise") String holderId,
        @Size(max = 60) @Description("合同编号 / contract number") String contractNo,
        @Description("合同签订日期 / contract date") LocalDate contractDate,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("出让/划拨价款（元） / land price") BigDecimal landPrice,
        @Description("约定动工日期 / agreed start") LocalDate agreedStartOn,
        @Description("约定竣工日期 / agreed completion") LocalDate agreedCompletionOn,
        @Description("实际动工日期 / started on") LocalDate startedOn,
        @Description("实际竣工日期 / completed on") LocalDate completedOn,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("承诺投资（元） / promised investment") BigDecimal promisedInvestment,
        @DecimalMin("0") @Digits(integer = 4, fraction = 2) @Description("约定容积率 / plot ratio agreed") BigDecimal plotRatioAgreed,
        @DecimalMin("0") @Digits(integer = 4, fraction = 2) @Description("实际容积率 / plot ratio actual") BigDecimal plotRatioActual,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) @Description("已开发面积占比 / developed share") BigDecimal developedShare,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) @Description("已投资额占总投资比（不含地价税费） / invested share") BigDecimal investedShare,
        @Description("中止开发建设日期 / suspended since") LocalDate suspendedSince,
        @Description("政府原因（如有） / government-caused reason, if any") GovernmentCause governmentCause,
        @Size(max = 200_000) @Description("宗地界址：GeoJSON Polygon/MultiPolygon 文本（WGS84 经纬度），面积按球面计算 / boundary as GeoJSON text") String boundary) {
}
