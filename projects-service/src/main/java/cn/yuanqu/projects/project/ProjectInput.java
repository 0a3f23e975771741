package cn.yuanqu.projects.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project as an officer records it. Money in yuan, land in 亩. {@code signedOn} is the date of the
 * first stage (签约, or 立项 for renovation and public projects) and cannot change afterwards.
 */
@Name("ProjectInput")
@Description("项目登记信息 / a project as recorded")
@Schema(name = "ProjectInput", description = "项目登记信息 / a project as recorded")
public record ProjectInput(
        @NonNull @NotBlank @Size(max = 200) @Description("项目名称 / name") @Schema(required = true, maxLength = 200) String name,
        @NonNull @NotNull @Description("项目类别 / category") @Schema(required = true) ProjectCategory category,
        @Description("投资主体企业ID（产业、技改项目必填，须为企业服务中本园区企业） / investor enterprise id") String investorId,
        @Size(max = 50) @Description("产业链 / industry chain") @Schema(maxLength = 50) String industryChain,
        @Size(max = 2000) @Description("建设内容 / what is built") @Schema(maxLength = 2000) String constructionContent,
        @NonNull @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("总投资（元） / total investment, yuan") @Schema(required = true) BigDecimal totalInvestment,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("固定资产投资（元） / fixed-asset investment, yuan") BigDecimal fixedAssetInvestment,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Description("用地面积（亩） / land area, mu") BigDecimal landAreaMu,
        @Size(max = 50) @Description("宗地编号 / parcel reference") @Schema(maxLength = 50) String parcelRef,
        @Description("重点项目级别 / key-project level") KeyLevel keyLevel,
        @Size(max = 100) @Description("投资方式，如 自建、代建、租赁厂房 / investment model") @Schema(maxLength = 100) String investmentModel,
        @Size(max = 50) @Description("包挂领导 / responsible leader") @Schema(maxLength = 50) String leader,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("达产后年营业收入（元） / expected annual revenue at capacity") BigDecimal expectedRevenue,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("达产后年税收（元） / expected annual tax at capacity") BigDecimal expectedTax,
        @NonNull @NotNull @PastOrPresent @Description("签约（立项）日期 / date signed or initiated") @Schema(required = true) LocalDate signedOn,
        @Description("计划开工日期 / planned start") LocalDate plannedStart,
        @Description("计划竣工日期 / planned completion") LocalDate plannedCompletion,
        @Description("计划投产日期 / planned production start") LocalDate plannedProduction) {
}
