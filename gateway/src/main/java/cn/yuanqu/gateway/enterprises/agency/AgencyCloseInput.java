package cn.yuanqu.gateway.enterprises.agency;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Closing (办结) or terminating (终止) a matter (enterprises-service's {@code AgencyCloseInput}). */
@Description("办结或终止帮代办事项 / close or terminate a matter")
@Input("AgencyCloseInput")
public record AgencyCloseInput(
        @NonNull @Description("CLOSED 办结 或 TERMINATED 终止 / closed or terminated") AgencyStatus to,
        @NonNull @Description("日期 / date") LocalDate on,
        @NonNull @Description("办理结果或终止原因 / result or reason") String result) {
}
