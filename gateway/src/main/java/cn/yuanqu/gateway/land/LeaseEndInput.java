package cn.yuanqu.gateway.land;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** How and when a lease ends. */
@Description("租赁终止 / end a lease")
@Input("LeaseEndInput")
public record LeaseEndInput(
        @NonNull @Description("终止方式 / how") LeaseEndKind kind,
        @NonNull @Description("终止日 / on") LocalDate on,
        @Description("原因 / reason") String reason) {
}
