package cn.yuanqu.gateway.enterprises.eligibility;

import org.eclipse.microprofile.graphql.Description;

/** The pre-screen's answer for one enterprise and program. */
@Description("预评结论 / outcome")
public enum Outcome {
    @Description("符合条件 / eligible")
    ELIGIBLE,
    @Description("不符合 / not eligible")
    NOT_ELIGIBLE,
    @Description("数据不全，补齐后再判 / incomplete: data missing")
    INCOMPLETE,
    @Description("已认定（或已是规上） / already holds it")
    ALREADY
}
