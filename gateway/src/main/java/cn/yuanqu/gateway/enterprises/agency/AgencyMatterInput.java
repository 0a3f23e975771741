package cn.yuanqu.gateway.enterprises.agency;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A matter received to be handled on an enterprise's behalf (enterprises-service's {@code AgencyMatterInput}). */
@Description("受理帮代办事项 / receive a matter to handle on an enterprise's behalf")
@Input("AgencyMatterInput")
public record AgencyMatterInput(
        @Id @Description("企业ID（尚未设立的企业可省略） / enterprise id, omitted for a company being set up") String enterpriseId,
        @Description("申请人（无企业ID时必填） / applicant, required without an enterprise id") String applicant,
        @NonNull @Description("事项类型 / kind") AgencyKind kind,
        @NonNull @Description("事项名称 / title") String title,
        @NonNull @Description("代办员 / handler") String handler,
        @Description("受理日期，默认今天 / received on, default today") LocalDate receivedOn,
        @Description("承诺办结日期 / promised by") LocalDate promisedOn) {
}
