package cn.yuanqu.gateway.enterprises.finance;

import org.eclipse.microprofile.graphql.Description;

/** The park scheme a loan is issued under. */
@Description("贷款产品 / loan scheme")
public enum LoanScheme {
    @Description("财园信贷通 / Caiyuan Xindaitong")
    CAIYUAN_XINDAITONG,
    @Description("财园通 / Caiyuantong")
    CAIYUANTONG,
    @Description("其他（须填写名称） / other, named")
    OTHER
}
