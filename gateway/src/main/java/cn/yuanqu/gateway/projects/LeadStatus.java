package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;

/** A lead's state: 线索 → 洽谈 → 签约 (by signing), or 放弃 from 线索 and 洽谈. */
@Description("招商线索状态 / lead status")
public enum LeadStatus {
    @Description("线索 / lead")
    LEAD,
    @Description("洽谈 / in talks")
    NEGOTIATING,
    @Description("签约 / signed")
    SIGNED,
    @Description("放弃 / abandoned")
    ABANDONED
}
