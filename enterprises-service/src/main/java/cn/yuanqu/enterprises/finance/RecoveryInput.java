package cn.yuanqu.enterprises.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount recovered on a non-performing loan. */
@Name("RecoveryInput")
@Description("追偿回款 / an amount recovered")
@Schema(name = "RecoveryInput", description = "追偿回款 / an amount recovered")
public record RecoveryInput(
        @NonNull @NotNull @PastOrPresent @Description("回款日期 / recovered on") @Schema(required = true) LocalDate recoveredOn,
        @NonNull @NotNull @Positive @Digits(integer = 16, fraction = 2) @Description("金额（元） / amount in yuan") @Schema(required = true) BigDecimal amount,
        @Size(max = 500) @Description("说明 / note") @Schema(maxLength = 500) String note) {
}
