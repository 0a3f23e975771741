package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** A water-quality indicator (RULES.md); concentrations in mg/L, pH without unit. */
@Description("监测指标 / water-quality indicator")
public enum Indicator {
    @Description("pH值 / pH")
    PH,
    @Description("化学需氧量 / chemical oxygen demand")
    COD,
    @Description("氨氮 / ammonia nitrogen")
    NH3N,
    @Description("总磷 / total phosphorus")
    TP,
    @Description("铜 / copper")
    CU,
    @Description("锌 / zinc")
    ZN,
    @Description("砷 / arsenic")
    AS,
    @Description("汞 / mercury")
    HG,
    @Description("镉 / cadmium")
    CD,
    @Description("六价铬 / hexavalent chromium")
    CR6,
    @Description("铅 / lead")
    PB,
    @Description("镍 / nickel")
    NI,
    @Description("石油类 / petroleum")
    PETROLEUM
}
