package cn.yuanqu.land.parcel;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded status change of a parcel. */
@Name("ParcelEvent")
@Description("宗地状态变更记录 / a status change of a parcel")
@Schema(name = "ParcelEvent", description = "宗地状态变更记录 / a status change of a parcel")
public record ParcelEventView(
        @Description("原状态 / from") ParcelStatus from,
        @NonNull @Description("新状态 / to") ParcelStatus to,
        @NonNull @Description("新状态名称 / to, name") String toName,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("原因 / reason") String reason,
        @NonNull @Description("记录人 / actor") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {

    static ParcelEventView of(ParcelEvent e) {
        return new ParcelEventView(e.getFromStatus(), e.getToStatus(), e.getToStatus().label(), e.getOnDate(), e.getReason(),
                e.getActor(), e.getRecordedAt());
    }
}
