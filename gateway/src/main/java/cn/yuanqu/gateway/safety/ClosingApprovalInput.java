package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The second officer's or a leader's approval that closes a major hazard after its on-site review. */
@Input("ClosingApprovalInput")
@Description("重大隐患销号审批 / approval that closes a major hazard")
public record ClosingApprovalInput(
        @NonNull @Description("审批日期 / approved on") LocalDate approvedOn,
        @Description("审批意见 / opinion") String opinion) {
}
