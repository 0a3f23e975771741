package cn.yuanqu.land.factory;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment against a due: the deposit, or a month's rent or property fee. */
@Name("LeasePaymentInput")
@Description("收款 / a payment")
@Schema(name = "LeasePaymentInput", description = "收款（对应应收：保证金，或某月租金、物业费） / a payment against a due")
public record PaymentInput(
        @NonNull @NotNull @Description("收费项目 / charge") @Schema(required = true) ChargeKind kind,
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") @Description("所属月份 YYYY-MM（租金、物业费） / month, for rent and property fee") String period,
        @NonNull @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2) @Description("金额（元） / amount") @Schema(required = true) BigDecimal amount,
        @NonNull @NotNull @PastOrPresent @Description("收款日期 / paid on") @Schema(required = true) LocalDate paidOn,
        @NonNull @NotBlank @Size(max = 60) @Description("收据编号（园区内唯一） / receipt number") @Schema(required = true) String receiptNo) {
}
