package cn.yuanqu.gateway.enterprises.eligibility;

import org.eclipse.microprofile.graphql.Description;

/** What the pre-screen evaluates. */
@Description("预评项目 / what is screened")
public enum Program {
    @Description("规模以上工业企业（入规） / above designated size")
    ABOVE_SCALE,
    @Description("创新型中小企业 / innovative SME")
    INNOVATIVE_SME,
    @Description("专精特新中小企业（基本条件） / specialised SME, basic conditions")
    SPECIALIZED_SME,
    @Description("高新技术企业（研发费用比例等） / high-tech enterprise")
    HIGH_TECH
}
