package cn.yuanqu.gateway.enterprises;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Entering (入规) or leaving (退规) above-scale status. */
@Description("规上标志变更（入规/退规） / entering or leaving above-scale status")
@Input("ScaleChangeInput")
public record ScaleChangeInput(
        @NonNull @Description("是否规上 / above scale after the change") Boolean aboveScale,
        @NonNull @Description("生效日期 / effective date") LocalDate effectiveDate,
        @Description("原因 / reason") String reason) {
}
