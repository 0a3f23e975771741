package cn.yuanqu.gateway.enterprises;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Filters of the enterprise list; all optional, combined with AND. */
@Description("企业列表筛选条件 / enterprise list filters")
@Input("EnterpriseFilterInput")
public record EnterpriseFilterInput(
        @Description("名称包含 / name contains") String name,
        @Description("信用代码前缀 / credit code starts with") String creditCode,
        @Description("产业链 / industry chain") String industryChain,
        @Description("经营状态 / status") EnterpriseStatus status,
        @Description("是否规上 / above scale") Boolean aboveScale,
        @Description("网格 / grid") String grid,
        @Description("包保干部 / cadre") String cadre) {
}
