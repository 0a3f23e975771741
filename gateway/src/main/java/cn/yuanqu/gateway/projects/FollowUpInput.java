package cn.yuanqu.gateway.projects;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A follow-up note on a lead. */
@Description("线索跟进 / a follow-up on a lead")
@Input("FollowUpInput")
public record FollowUpInput(
        @NonNull @Description("日期，不晚于今天 / date, not in the future") LocalDate on,
        @NonNull @Description("跟进情况 / what happened") String text) {
}
