package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An officer's review (复查) of a rectification: passed, or failed with the reason. */
@Input("ReviewInput")
@Description("复查 / a review of the rectification")
public record ReviewInput(
        @NonNull @Description("是否通过 / passed") Boolean passed,
        @NonNull @Description("复查日期 / reviewed on") LocalDate reviewedOn,
        @NonNull @Description("是否现场复查（重大隐患必须） / on site (required for a major hazard)") Boolean onSite,
        @Description("复查意见（未通过时必填） / opinion, required when it fails") String opinion) {
}
