package cn.yuanqu.gateway.enterprises.qualification;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The revocation of a qualification. */
@Description("撤销资质 / revocation of a qualification")
@Input("RevocationInput")
public record RevocationInput(
        @NonNull @Description("撤销日期（当日起失效） / date from which it no longer holds") LocalDate revokedOn,
        @NonNull @Description("原因（≤500字） / reason, at most 500 characters") String reason) {
}
