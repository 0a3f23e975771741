package cn.yuanqu.gateway.enterprises;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A requested change of operating status. */
@Description("经营状态变更 / change of operating status")
@Input("StatusChangeInput")
public record StatusChangeInput(
        @NonNull @Description("目标状态 / target status") EnterpriseStatus to,
        @NonNull @Description("生效日期 / effective date") LocalDate effectiveDate,
        @Description("原因 / reason") String reason) {
}
