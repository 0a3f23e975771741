package cn.yuanqu.gateway.projects;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Filters of the lead ledger; all optional, combined with AND. */
@Description("线索筛选 / lead filters")
@Input("LeadFilter")
public record LeadFilter(
        @Description("状态 / status") LeadStatus status,
        @Description("产业链 / industry chain") String industryChain,
        @Description("责任人 / owner") String owner,
        @Description("来源地 / source region") String sourceRegion,
        @Description("首次接触不早于 / first contact from") LocalDate contactFrom,
        @Description("首次接触不晚于 / first contact to") LocalDate contactTo) {
}
