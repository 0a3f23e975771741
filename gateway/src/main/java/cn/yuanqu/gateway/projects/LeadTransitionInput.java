package cn.yuanqu.gateway.projects;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A lead's step: into talks (洽谈) or abandoned (放弃, with the reason). Signing has its own mutation. */
@Description("线索状态变更：洽谈或放弃 / a lead's step: into talks or abandoned")
@Input("LeadTransitionInput")
public record LeadTransitionInput(
        @NonNull @Description("目标状态 NEGOTIATING/ABANDONED / target status") LeadStatus to,
        @NonNull @Description("日期，不晚于今天 / date, not in the future") LocalDate effectiveDate,
        @Description("说明（放弃时必填） / note, required to abandon") String reason) {
}
