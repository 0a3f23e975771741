package cn.yuanqu.gateway.safety;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 通报主管部门, 约谈 or 行政处罚 (with the amount), dated. */
@Input("EscalationInput")
@Description("升级措施 / an escalation")
public record EscalationInput(
        @NonNull @Description("措施 / kind") EscalationKind kind,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("实施或通报的部门 / authority") String authority,
        @Description("说明 / note") String note,
        @Description("罚款金额（元，行政处罚必填） / fine, yuan (penalty only)") BigDecimal amount) {
}
