package cn.yuanqu.safety.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 通报主管部门, 约谈 or 行政处罚 (with the amount), dated. */
@Name("EscalationInput")
@Description("升级措施 / an escalation")
@Schema(name = "EscalationInput", description = "升级措施 / an escalation")
public record EscalationInput(
        @NonNull @NotNull @Description("措施 / kind") @Schema(required = true) EscalationKind kind,
        @NonNull @NotNull @PastOrPresent @Description("日期 / date") @Schema(required = true) LocalDate on,
        @Size(max = 100) @Description("实施或通报的部门 / authority") @Schema(maxLength = 100) String authority,
        @Size(max = 2000) @Description("说明 / note") @Schema(maxLength = 2000) String note,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("罚款金额（元，行政处罚必填） / fine, yuan (penalty only)") BigDecimal amount) {
}
