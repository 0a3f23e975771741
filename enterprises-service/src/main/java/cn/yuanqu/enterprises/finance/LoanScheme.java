package cn.yuanqu.enterprises.finance;

import org.eclipse.microprofile.graphql.Description;

/** The park scheme a loan is issued under. */
@Description("贷款产品 / loan scheme")
public enum LoanScheme {
    @Description("财园信贷通 / Caiyuan Xindaitong")
    CAIYUAN_XINDAITONG("财园信贷通"),
    @Description("财园通 / Caiyuantong")
    CAIYUANTONG("财园通"),
    @Description("其他（须填写名称） / other, named")
    OTHER("其他");

    private final String label;

    LoanScheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
