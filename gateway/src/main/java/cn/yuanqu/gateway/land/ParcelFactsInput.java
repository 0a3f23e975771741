package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The facts of a parcel, to register or correct it. */
@Description("宗地情况 / the facts of a parcel")
@Input("ParcelFactsInput")
public record ParcelFactsInput(
        @Description("坐落 / location") String location,
        @NonNull @Description("面积（亩） / area, mu") BigDecimal areaMu,
        @NonNull @Description("土地用途 / land use") String landUse,
        @Description("供地方式 / supply method") LandSupplyMethod supplyMethod,
        @Description("使用权企业ID / holder enterprise id") String holderId,
        @Description("合同编号 / contract number") String contractNo,
        @Description("合同日期 / contract date") LocalDate contractDate,
        @Description("出让/划拨价款（元） / land price") BigDecimal landPrice,
        @Description("约定动工日期 / agreed start") LocalDate agreedStartOn,
        @Description("约定竣工日期 / agreed completion") LocalDate agreedCompletionOn,
        @Description("实际动工日期 / started on") LocalDate startedOn,
        @Description("实际竣工日期 / completed on") LocalDate completedOn,
        @Description("承诺投资（元） / promised investment") BigDecimal promisedInvestment,
        @Description("约定容积率 / plot ratio agreed") BigDecimal plotRatioAgreed,
        @Description("实际容积率 / plot ratio actual") BigDecimal plotRatioActual,
        @Description("已开发面积占比 0–1 / developed share") BigDecimal developedShare,
        @Description("已投资占比 0–1 / invested share") BigDecimal investedShare,
        @Description("中止开发建设日期 / suspended since") LocalDate suspendedSince,
        @Description("政府原因 / government-caused reason") GovernmentCause governmentCause,
        @Description("界址（GeoJSON 文本） / boundary, GeoJSON text") String boundary) {
}
