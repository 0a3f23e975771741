package cn.yuanqu.gateway.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A project as an officer records it; projects-service validates it and names bad fields. Money in yuan, land in
 * 亩; {@code signedOn} cannot change after the project is recorded.
 */
@Description("项目登记信息 / a project as recorded")
@Input("ProjectInput")
public record ProjectInput(
        @NonNull @Description("项目名称（至多200字） / name, up to 200 characters") String name,
        @NonNull @Description("项目类别 / category") ProjectCategory category,
        @Description("投资主体企业ID（产业、技改项目必填，须为本园区企业） / investor enterprise id, required for industrial and renovation projects") String investorId,
        @Description("产业链 / industry chain") String industryChain,
        @Description("建设内容 / what is built") String constructionContent,
        @NonNull @Description("总投资（元） / total investment, yuan") BigDecimal totalInvestment,
        @Description("固定资产投资（元） / fixed-asset investment, yuan") BigDecimal fixedAssetInvestment,
        @Description("用地面积（亩） / land area, mu") BigDecimal landAreaMu,
        @Description("宗地编号 / parcel reference") String parcelRef,
        @Description("重点项目级别 / key-project level") KeyLevel keyLevel,
        @Description("投资方式，如 自建、代建、租赁厂房 / investment model") String investmentModel,
        @Description("包挂领导 / responsible leader") String leader,
        @Description("达产后年营业收入（元） / expected annual revenue at capacity, yuan") BigDecimal expectedRevenue,
        @Description("达产后年税收（元） / expected annual tax at capacity, yuan") BigDecimal expectedTax,
        @NonNull @Description("签约（立项）日期，不晚于今天 / date signed or initiated, not in the future") LocalDate signedOn,
        @Description("计划开工日期 / planned start") LocalDate plannedStart,
        @Description("计划竣工日期 / planned completion") LocalDate plannedCompletion,
        @Description("计划投产日期 / planned production start") LocalDate plannedProduction) {
}
