package cn.yuanqu.enterprises.eligibility;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An enterprise's facts for a year that its monthly reports do not carry; every one is optional and
 * a missing one is reported as missing by the pre-screen, never guessed.
 */
@Name("EligibilityFacts")
@Input("EligibilityFactsInput")
@Description("企业年度申报要素（月报以外） / yearly facts beyond the monthly reports")
@Schema(name = "EligibilityFacts", description = "企业年度申报要素（月报以外） / yearly facts beyond the monthly reports")
public record FactsInput(
        @Description("与主导产品相关的最高知识产权 / best IP tied to the main product") IpLevel ipLevel,
        @Min(0) @Description("Ⅰ类知识产权数 / class I IP items") Integer classIIp,
        @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 4) @Description("资产负债率（0.55=55%） / debt ratio") BigDecimal debtRatio,
        @Description("主导产品属于战略性新兴产业 / main product in a strategic emerging industry") Boolean strategicEmerging,
        @Min(0) @Description("从事细分市场年限 / years in the niche market") Integer nicheYears,
        @Min(0) @Description("科技人员数 / S&T staff") Integer stStaff,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) @Description("高新技术产品收入占比 / high-tech product revenue share") BigDecimal highTechProductShare,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) @Description("近2年新增股权融资（元） / new equity in 2 years") BigDecimal newEquity2y,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) @Description("近3年新增股权融资（元） / new equity in 3 years") BigDecimal newEquity3y,
        @Description("近3年获科技奖励 / S&T award in 3 years") Boolean stAward3y,
        @Description("拥有省级以上研发机构 / provincial R&D institution") Boolean provincialRdInstitution) {

    static final FactsInput NONE = new FactsInput(null, null, null, null, null, null, null, null, null, null, null);
}
