package cn.yuanqu.gateway.safety;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An escalation as the API shows it. */
@Description("升级措施 / an escalation")
public record HazardEscalation(
        @NonNull @Id @Description("升级措施ID / escalation id") String id,
        @NonNull @Description("措施 / kind") EscalationKind kind,
        @NonNull @Description("措施名称 / kind name") String kindName,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("部门 / authority") String authority,
        @Description("说明 / note") String note,
        @Description("罚款金额（元） / fine, yuan") BigDecimal amount,
        @NonNull @Description("记录人 / recorded by") String recordedBy) {
}
