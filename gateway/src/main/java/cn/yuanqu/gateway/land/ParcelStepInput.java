package cn.yuanqu.gateway.land;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A status change of a parcel. */
@Description("宗地状态变更 / a status change")
@Input("ParcelStepInput")
public record ParcelStepInput(
        @NonNull @Description("新状态 / to") ParcelStatus to,
        @NonNull @Description("生效日期 / effective date") LocalDate effectiveDate,
        @Description("原因 / reason") String reason) {
}
