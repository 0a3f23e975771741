package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;

/** 一般 or 重大 (安监总局令第16号); a hazard matching an active major-hazard criterion is major. */
@Description("隐患等级 / hazard level")
public enum HazardLevel {
    @Description("一般 / general")
    GENERAL,
    @Description("重大 / major")
    MAJOR
}
