package cn.yuanqu.safety.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An escalation as the API shows it. */
@Name("Escalation")
@Description("升级措施 / an escalation")
@Schema(name = "Escalation", description = "升级措施 / an escalation")
public record EscalationView(
        @NonNull @Id String id,
        @NonNull @Description("措施 / kind") EscalationKind kind,
        @NonNull @Description("措施名称 / kind name") String kindName,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("部门 / authority") String authority,
        @Description("说明 / note") String note,
        @Description("罚款金额（元） / fine, yuan") BigDecimal amount,
        @NonNull @Description("记录人 / recorded by") String recordedBy) {

    static EscalationView of(Escalation e) {
        return new EscalationView(e.getId().toString(), e.getKind(), e.getKind().label(), e.getOnDate(), e.getAuthority(),
                e.getNote(), e.getAmount(), e.getRecordedBy());
    }
}
