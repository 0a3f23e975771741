package cn.yuanqu.gateway.enterprises.eligibility;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** An enterprise's facts for a year that its monthly reports do not carry; every one is optional and a missing one is reported as missing by the pre-screen, never guessed (enterprises-service's {@code EligibilityFacts}). */
@Description("企业年度申报要素（月报以外） / yearly facts beyond the monthly reports")
@Input("EligibilityFactsInput")
public record EligibilityFacts(
        @Description("与主导产品相关的最高知识产权 / best IP tied to the main product") IpLevel ipLevel,
        @Description("Ⅰ类知识产权数 / class I IP items") Integer classIIp,
        @Description("资产负债率（0.55=55%） / debt ratio") BigDecimal debtRatio,
        @Description("主导产品属于战略性新兴产业 / main product in a strategic emerging industry") Boolean strategicEmerging,
        @Description("从事细分市场年限 / years in the niche market") Integer nicheYears,
        @Description("科技人员数 / S&T staff") Integer stStaff,
        @Description("高新技术产品收入占比 / high-tech product revenue share") BigDecimal highTechProductShare,
        @Description("近2年新增股权融资（元） / new equity in 2 years") BigDecimal newEquity2y,
        @Description("近3年新增股权融资（元） / new equity in 3 years") BigDecimal newEquity3y,
        @Description("近3年获科技奖励 / S&T award in 3 years") Boolean stAward3y,
        @Description("拥有省级以上研发机构 / provincial R&D institution") Boolean provincialRdInstitution) {
}
