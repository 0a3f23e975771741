package cn.yuanqu.gateway.enterprises.agency;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A matter as the API shows it (enterprises-service's {@code AgencyMatter}). */
@Description("帮代办事项 / a matter handled on an enterprise's behalf")
public record AgencyMatter(
        @NonNull @Id @Description("ID") String id,
        @NonNull @Description("园区 / park") String park,
        @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("申请人 / applicant") String applicant,
        @NonNull @Description("事项类型 / kind") AgencyKind kind,
        @NonNull @Description("事项类型名称 / kind name") String kindName,
        @NonNull @Description("事项名称 / title") String title,
        @NonNull @Description("代办员 / handler") String handler,
        @NonNull @Description("受理日期 / received on") LocalDate receivedOn,
        @Description("承诺办结日期 / promised by") LocalDate promisedOn,
        @NonNull @Description("状态 / status") AgencyStatus status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @Description("办结或终止日期 / closed on") LocalDate closedOn,
        @Description("办理结果 / result") String result,
        @NonNull @Description("版本号 / version") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
