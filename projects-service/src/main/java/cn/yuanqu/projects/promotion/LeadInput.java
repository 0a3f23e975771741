package cn.yuanqu.projects.promotion;

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

/** A lead (招商线索) as recorded. */
@Name("LeadInput")
@Description("招商线索 / an investment lead")
@Schema(name = "LeadInput", description = "招商线索 / an investment lead")
public record LeadInput(
        @NonNull @NotBlank @Size(max = 200) @Description("客商/企业名称 / company") @Schema(required = true, maxLength = 200) String company,
        @Size(max = 100) @Description("联系人及电话 / contact") @Schema(maxLength = 100) String contact,
        @Size(max = 100) @Description("来源地，如 深圳、株洲 / source region") @Schema(maxLength = 100) String sourceRegion,
        @Size(max = 50) @Description("产业链 / industry chain") @Schema(maxLength = 50) String industryChain,
        @Size(max = 500) @Description("拟投资项目或产品 / intended project or product") @Schema(maxLength = 500) String product,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("意向投资额（元） / intended investment, yuan") BigDecimal intendedInvestment,
        @NonNull @NotBlank @Size(max = 50) @Description("跟进责任人 / owner") @Schema(required = true, maxLength = 50) String owner,
        @NonNull @NotNull @PastOrPresent @Description("首次接触日期 / first contact") @Schema(required = true) LocalDate firstContactOn) {
}
