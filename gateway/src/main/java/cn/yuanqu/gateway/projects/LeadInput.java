package cn.yuanqu.gateway.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A lead (招商线索) as recorded. */
@Description("招商线索 / an investment lead")
@Input("LeadInput")
public record LeadInput(
        @NonNull @Description("客商/企业名称 / company") String company,
        @Description("联系人及电话 / contact") String contact,
        @Description("来源地，如 深圳、株洲 / source region") String sourceRegion,
        @Description("产业链 / industry chain") String industryChain,
        @Description("拟投资项目或产品 / intended project or product") String product,
        @Description("意向投资额（元） / intended investment, yuan") BigDecimal intendedInvestment,
        @NonNull @Description("跟进责任人 / owner") String owner,
        @NonNull @Description("首次接触日期，不晚于今天 / first contact, not in the future") LocalDate firstContactOn) {
}
