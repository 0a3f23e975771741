package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;

/** An issue is open until resolved (待解决 → 已解决). */
@Description("问题状态 / issue status")
public enum IssueStatus {
    @Description("待解决 / open")
    OPEN,
    @Description("已解决 / resolved")
    RESOLVED
}
