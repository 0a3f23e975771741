package cn.yuanqu.gateway.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An investment lead (招商线索) of the lead ledger. */
@Description("招商线索 / an investment lead")
public record Lead(
        @NonNull @Id @Description("线索ID / lead id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("客商/企业名称 / company") String company,
        @Description("联系人 / contact") String contact,
        @Description("来源地 / source region") String sourceRegion,
        @Description("产业链 / industry chain") String industryChain,
        @Description("拟投资项目或产品 / intended project or product") String product,
        @Description("意向投资额（元） / intended investment, yuan") BigDecimal intendedInvestment,
        @NonNull @Description("跟进责任人 / owner") String owner,
        @NonNull @Description("首次接触日期 / first contact") LocalDate firstContactOn,
        @NonNull @Description("状态 / status") LeadStatus status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @NonNull @Description("当前状态起始日期 / since") LocalDate statusSince,
        @NonNull @Description("可变更至的状态 / statuses it may move to") List<@NonNull LeadStatus> nextStatuses,
        @Description("放弃原因 / why abandoned") String abandonReason,
        @Id @Description("签约形成的项目ID / the project it became") String projectId,
        @NonNull @Description("版本号（修改时传回） / version, pass it back when changing") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
