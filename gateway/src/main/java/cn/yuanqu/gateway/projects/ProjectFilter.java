package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Filters of the project ledger; all optional, combined with AND. */
@Description("项目筛选 / project filters")
@Input("ProjectFilter")
public record ProjectFilter(
        @Description("类别 / category") ProjectCategory category,
        @Description("阶段 / stage") ProjectStage stage,
        @Description("产业链 / industry chain") String industryChain,
        @Description("包挂领导 / responsible leader") String leader,
        @Description("重点项目级别 / key-project level") KeyLevel keyLevel,
        @Description("投资主体企业ID / investor enterprise id") String investorId,
        @Description("名称包含 / name contains") String name) {
}
