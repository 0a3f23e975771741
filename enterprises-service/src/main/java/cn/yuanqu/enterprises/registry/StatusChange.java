package cn.yuanqu.enterprises.registry;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A requested change of operating status. */
@Name("StatusChangeInput")
@Description("经营状态变更 / change of operating status")
@Schema(name = "StatusChange", description = "经营状态变更 / change of operating status")
public record StatusChange(
        @NonNull @NotNull @Description("目标状态 / target status") @Schema(description = "目标状态 / target status", required = true) EnterpriseStatus to,
        @NonNull @NotNull @PastOrPresent @Description("生效日期 / effective date")
        @Schema(description = "生效日期（不晚于今天，不早于当前状态起始日） / effective date (not in the future, not before the current status began)", required = true) LocalDate effectiveDate,
        @Size(max = 500) @Description("原因 / reason") @Schema(description = "原因 / reason", maxLength = 500) String reason) {
}
