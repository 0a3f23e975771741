package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The next step of a land case and what it records. */
@Description("处置案件步骤 / a step of a land case")
@Input("LandCaseStepInput")
public record LandCaseStepInput(
        @NonNull @Description("新状态 / to") LandCaseStatus to,
        @NonNull @Description("生效日期 / effective date") LocalDate effectiveDate,
        @Description("文书编号 / document number") String documentNo,
        @Description("说明或决定内容 / text or decision") String text,
        @Description("认定的原因（认定时） / cause, when determining") IdleCause cause,
        @Description("政府原因类别 / government-caused reason") GovernmentCause governmentCause,
        @Description("处置方式（处置决定时） / method, when deciding") LandDisposalMethod method,
        @Description("处置面积（亩） / area disposed") BigDecimal areaDisposedMu,
        @Id @Description("承接企业ID / enterprise taking over") String takeoverId,
        @Description("支付补偿金额（元） / amount paid") BigDecimal amountPaid,
        @Description("收回/收缴金额（元） / amount recovered") BigDecimal amountRecovered) {
}
