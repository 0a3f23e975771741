package cn.yuanqu.gateway.enterprises;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A recorded status or scale change (留痕). */
@Description("企业状态变更记录 / recorded status or scale change")
public record EnterpriseTransition(
        @NonNull @Description("变更类型 / kind") TransitionKind kind,
        @Description("原值 / from") String from,
        @NonNull @Description("新值 / to") String to,
        @NonNull @Description("生效日期 / effective date") LocalDate effectiveDate,
        @NonNull @Description("操作人 / who") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt,
        @Description("原因 / reason") String reason) {
}
