package cn.yuanqu.gateway.projects;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** How and when an issue was resolved. */
@Description("问题解决情况 / how an issue was resolved")
@Input("IssueResolutionInput")
public record IssueResolutionInput(
        @NonNull @Description("解决日期，不晚于今天 / resolved on, not in the future") LocalDate resolvedOn,
        @NonNull @Description("解决情况 / resolution") String resolution) {
}
