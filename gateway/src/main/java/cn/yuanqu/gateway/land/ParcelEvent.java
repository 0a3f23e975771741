package cn.yuanqu.gateway.land;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A recorded status change of a parcel (留痕). */
@Description("宗地状态变更记录 / a status change of a parcel")
public record ParcelEvent(
        @Description("原状态 / from") ParcelStatus from,
        @NonNull @Description("新状态 / to") ParcelStatus to,
        @NonNull @Description("新状态名称 / to, name") String toName,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("原因 / reason") String reason,
        @NonNull @Description("记录人 / actor") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {
}
