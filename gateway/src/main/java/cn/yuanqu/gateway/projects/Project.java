package cn.yuanqu.gateway.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A project of the ledger (项目台账), as projects-service's subgraph and its REST look-up by investor show it:
 * the one type a front end gets for a project, from {@code projects}, {@code project} and {@code Enterprise.projects}
 * alike. {@code park}, {@code investorId} and {@code parcelRef} are the keys of its joins ({@code investor},
 * {@code parcel}).
 */
@Description("项目（项目台账） / a project of the ledger")
public record Project(
        @NonNull @Id @Description("项目ID / project id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("项目名称 / name") String name,
        @NonNull @Description("类别 / category") ProjectCategory category,
        @NonNull @Description("类别名称，如 产业项目 / category name") String categoryName,
        @Id @Description("投资主体企业ID / investor enterprise id") String investorId,
        @Description("投资主体名称（登记时） / investor name as recorded") String investorName,
        @Id @Description("来源招商线索ID / the lead it came from") String leadId,
        @Description("产业链 / industry chain") String industryChain,
        @Description("建设内容 / what is built") String constructionContent,
        @NonNull @Description("总投资（元） / total investment, yuan") BigDecimal totalInvestment,
        @Description("固定资产投资（元） / fixed-asset investment, yuan") BigDecimal fixedAssetInvestment,
        @Description("用地面积（亩） / land area, mu") BigDecimal landAreaMu,
        @Description("宗地编号 / parcel reference") String parcelRef,
        @Description("重点项目级别 / key-project level") KeyLevel keyLevel,
        @Description("重点项目级别名称 / key-project level name") String keyLevelName,
        @Description("投资方式 / investment model") String investmentModel,
        @Description("包挂领导 / responsible leader") String leader,
        @Description("达产后年营业收入（元） / expected annual revenue, yuan") BigDecimal expectedRevenue,
        @Description("达产后年税收（元） / expected annual tax, yuan") BigDecimal expectedTax,
        @NonNull @Description("阶段 / stage") ProjectStage stage,
        @NonNull @Description("阶段名称，如 开工、竣工 / stage name") String stageName,
        @NonNull @Description("当前阶段起始日期 / in this stage since") LocalDate stageSince,
        @Description("停缓建前所处阶段 / the stage a suspended project left") ProjectStage suspendedFrom,
        @NonNull @Description("可变更至的阶段 / stages it may move to") List<@NonNull ProjectStage> nextStages,
        @NonNull @Description("签约（立项）日期 / signed or initiated on") LocalDate signedOn,
        @Description("开工日期 / started on") LocalDate startedOn,
        @Description("竣工日期 / completed on") LocalDate completedOn,
        @Description("计划开工 / planned start") LocalDate plannedStart,
        @Description("计划竣工 / planned completion") LocalDate plannedCompletion,
        @Description("计划投产 / planned production start") LocalDate plannedProduction,
        @NonNull @Description("版本号（乐观锁，修改时传回） / version, pass it back when changing") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
