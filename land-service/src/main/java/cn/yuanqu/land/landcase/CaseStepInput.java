package cn.yuanqu.land.landcase;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.land.idle.Cause;
import cn.yuanqu.land.idle.DisposalMethod;
import cn.yuanqu.land.idle.GovernmentCause;

/**
 * A step of a case. What each step needs: 认定 — the document number, and for an idle case the cause
 * (with the reason when it is the government's); 告知 — the document number; 处置决定 — the document
 * number and the method (lawful for an idle case); 已处置 — the area disposed, and the taking-over
 * enterprise and amounts where there are; 撤销 — the reason.
 */
@Name("LandCaseStepInput")
@Description("处置案件步骤 / a step of a case")
@Schema(name = "LandCaseStepInput", description = "处置案件步骤 / a step of a case")
public record CaseStepInput(
        @NonNull @NotNull @Description("新状态 / to") @Schema(required = true) CaseStatus to,
        @NonNull @NotNull @PastOrPresent @Description("日期 / date") @Schema(required = true) LocalDate effectiveDate,
        @Size(max = 60) @Description("文书编号（认定书、告知书、处置决定书） / document number") String documentNo,
        @Size(max = 2000) @Description("说明或撤销原因 / text, or the reason to withdraw") String text,
        @Description("闲置原因（认定时） / cause, at determination") Cause cause,
        @Description("政府原因类别 / government-caused reason") GovernmentCause governmentCause,
        @Description("处置方式（处置决定时） / method, at decision") DisposalMethod method,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 4) @Description("处置面积（亩） / area disposed, mu") BigDecimal areaDisposedMu,
        @Id @Description("承接企业ID（腾笼换鸟等） / enterprise taking the land over") String takeoverId,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("收回/收缴金额（元） / amount recovered") BigDecimal amountRecovered,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Description("支付补偿金额（元） / amount paid") BigDecimal amountPaid) {
}
