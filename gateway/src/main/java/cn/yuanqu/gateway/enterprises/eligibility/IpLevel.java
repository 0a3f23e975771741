package cn.yuanqu.gateway.enterprises.eligibility;

import org.eclipse.microprofile.graphql.Description;

/** The best intellectual property tied to the main product (创新型中小企业评价：与主导产品相关的知识产权). */
@Description("与主导产品相关的知识产权 / IP tied to the main product")
public enum IpLevel {
    @Description("Ⅰ类高价值知识产权 / high-value class I (20 points)")
    HIGH_VALUE_CLASS_I,
    @Description("自主研发Ⅰ类知识产权 / own class I (15)")
    OWN_CLASS_I,
    @Description("Ⅰ类知识产权 / class I (10)")
    CLASS_I,
    @Description("Ⅱ类知识产权 / class II (5)")
    CLASS_II,
    @Description("无 / none (0)")
    NONE
}
