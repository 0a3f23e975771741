package cn.yuanqu.land.factory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lease of units to an enterprise; the area is the units' and the dues follow from the rates. */
@Name("LeaseInput")
@Description("签订厂房租赁 / sign a lease")
@Schema(name = "LeaseInput", description = "签订厂房租赁（面积为所租单元之和；应收按月生成） / sign a lease")
public record LeaseInput(
        @NonNull @NotBlank @Size(max = 60) @Description("合同编号（园区内唯一） / contract number") @Schema(required = true) String contractNo,
        @NonNull @NotBlank @Id @Description("承租企业ID / tenant") @Schema(required = true) String enterpriseId,
        @NonNull @NotEmpty @Size(max = 100) @Description("所租单元ID / units") @Schema(required = true) List<@NonNull @NotBlank String> unitIds,
        @NonNull @NotNull @Description("起租日 / start") @Schema(required = true) LocalDate startOn,
        @NonNull @NotNull @Description("到期日 / end") @Schema(required = true) LocalDate endOn,
        @NonNull @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) @Description("租金（元/平方米·月） / rent per m² per month") @Schema(required = true) BigDecimal rentPerM2,
        @NonNull @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) @Description("物业费（元/平方米·月） / property fee per m² per month") @Schema(required = true) BigDecimal propertyFeePerM2,
        @NonNull @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Description("履约保证金（元） / performance deposit") @Schema(required = true) BigDecimal deposit) {
}
