package cn.yuanqu.enterprises.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded status or scale change (留痕). */
@Name("EnterpriseTransition")
@Description("企业状态变更记录 / recorded status or scale change")
@Schema(name = "EnterpriseTransition", description = "企业状态变更记录 / recorded status or scale change")
public record TransitionView(
        @NonNull @Description("变更类型 / kind") TransitionKind kind,
        @Description("原值 / from") String from,
        @NonNull @Description("新值 / to") String to,
        @NonNull @Description("生效日期 / effective date") LocalDate effectiveDate,
        @NonNull @Description("操作人 / who") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt,
        @Description("原因 / reason") String reason) {

    static TransitionView of(EnterpriseTransition t) {
        return new TransitionView(t.getKind(), t.getFromValue(), t.getToValue(), t.getEffectiveDate(), t.getActor(),
                t.getRecordedAt(), t.getReason());
    }
}
