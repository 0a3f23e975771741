package cn.yuanqu.enterprises.registry;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.platform.creditcode.UnifiedCreditCode;

/**
 * The descriptive fields of an enterprise, for registering and for updating it. Status and the
 * above-scale flag are not here: they change only through recorded transitions.
 */
@Name("EnterpriseInput")
@Description("企业登记信息 / enterprise registration data")
@Schema(name = "EnterpriseInput", description = "企业登记信息 / enterprise registration data")
public record EnterpriseInput(
        @NonNull @NotBlank @UnifiedCreditCode
        @Description("统一社会信用代码（18位，含校验位） / unified social credit code (18 characters, checked)")
        @Schema(description = "统一社会信用代码（18位，含校验位） / unified social credit code (18 characters, checked)",
                example = "91310110666007217T", required = true) String creditCode,
        @NonNull @NotBlank @Size(max = 200) @Description("企业名称 / enterprise name")
        @Schema(description = "企业名称 / enterprise name", maxLength = 200, required = true) String name,
        @Size(max = 50) @Description("法定代表人 / legal representative")
        @Schema(description = "法定代表人 / legal representative", maxLength = 50) String legalRepresentative,
        @Valid @Size(max = 20) @Description("联系人 / contacts")
        @Schema(description = "联系人 / contacts", maxItems = 20) List<@Valid ContactInput> contacts,
        @Size(max = 200) @Description("地址 / address") @Schema(description = "地址 / address", maxLength = 200) String address,
        @Size(max = 100) @Description("所属行业 / industry") @Schema(description = "所属行业 / industry", maxLength = 100) String industry,
        @Size(max = 50) @Description("产业链，如 电子信息、纺织服装、新材料 / industry chain")
        @Schema(description = "产业链，如 电子信息、纺织服装、新材料 / industry chain", maxLength = 50) String industryChain,
        @Size(max = 50) @Description("网格 / grid") @Schema(description = "网格 / grid", maxLength = 50) String grid,
        @Size(max = 50) @Description("包保干部 / responsible cadre")
        @Schema(description = "包保干部 / responsible cadre", maxLength = 50) String cadre,
        @PastOrPresent @Description("入园日期（登记时使用，默认今天） / date the enterprise settled in the park (registration only; default today)")
        @Schema(description = "入园日期（登记时使用，默认今天） / date the enterprise settled in the park (registration only; default today)")
        LocalDate settledOn) {
}
