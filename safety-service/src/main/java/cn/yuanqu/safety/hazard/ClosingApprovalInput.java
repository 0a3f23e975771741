package cn.yuanqu.safety.hazard;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The second officer's or a leader's approval that closes a major hazard after its on-site review. */
@Name("ClosingApprovalInput")
@Description("重大隐患销号审批 / approval that closes a major hazard")
@Schema(name = "ClosingApprovalInput", description = "重大隐患销号审批 / approval that closes a major hazard")
public record ClosingApprovalInput(
        @NonNull @NotNull @PastOrPresent @Description("审批日期 / approved on") @Schema(required = true) LocalDate approvedOn,
        @Size(max = 2000) @Description("审批意见 / opinion") @Schema(maxLength = 2000) String opinion) {
}
