package cn.yuanqu.enterprises.agency;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closing (办结) or terminating (终止) a matter. */
@Name("AgencyCloseInput")
@Description("办结或终止帮代办事项 / close or terminate a matter")
@Schema(name = "AgencyClose", description = "办结或终止帮代办事项 / close or terminate a matter")
public record AgencyCloseInput(
        @NonNull @NotNull @Description("CLOSED 办结 或 TERMINATED 终止 / closed or terminated") @Schema(required = true) AgencyStatus to,
        @NonNull @NotNull @PastOrPresent @Description("日期 / date") @Schema(required = true) LocalDate on,
        @NonNull @NotBlank @Size(max = 2000) @Description("办理结果或终止原因 / result or reason") @Schema(required = true, maxLength = 2000) String result) {
}
