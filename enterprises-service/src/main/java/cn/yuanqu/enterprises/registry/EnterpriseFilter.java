package cn.yuanqu.enterprises.registry;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Filters of the enterprise list; all optional, combined with AND. */
@Name("EnterpriseFilterInput")
@Description("企业列表筛选条件 / enterprise list filters")
public record EnterpriseFilter(
        @Size(max = 200) @Description("名称包含 / name contains") String name,
        @Size(max = 18) @Description("信用代码前缀 / credit code starts with") String creditCode,
        @Size(max = 50) @Description("产业链 / industry chain") String industryChain,
        @Description("经营状态 / status") EnterpriseStatus status,
        @Description("是否规上 / above scale") Boolean aboveScale,
        @Size(max = 50) @Description("网格 / grid") String grid,
        @Size(max = 50) @Description("包保干部 / cadre") String cadre) {

    static final EnterpriseFilter NONE = new EnterpriseFilter(null, null, null, null, null, null, null);
}
