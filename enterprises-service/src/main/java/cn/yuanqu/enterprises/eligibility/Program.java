package cn.yuanqu.enterprises.eligibility;

import org.eclipse.microprofile.graphql.Description;

/** What the pre-screen evaluates. */
@Description("预评项目 / what is screened")
public enum Program {
    @Description("规模以上工业企业（入规） / above designated size")
    ABOVE_SCALE("规上企业"),
    @Description("创新型中小企业 / innovative SME")
    INNOVATIVE_SME("创新型中小企业"),
    @Description("专精特新中小企业（基本条件） / specialised SME, basic conditions")
    SPECIALIZED_SME("专精特新中小企业"),
    @Description("高新技术企业（研发费用比例等） / high-tech enterprise")
    HIGH_TECH("高新技术企业");

    private final String label;

    Program(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
