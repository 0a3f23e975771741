package cn.yuanqu.gateway.land;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A land case to open on a parcel. */
@Description("立案调查 / open a land case")
@Input("OpenLandCaseInput")
public record OpenLandCaseInput(
        @NonNull @Id @Description("宗地ID / parcel") String parcelId,
        @NonNull @Description("类型 / kind") LandCaseKind kind,
        @NonNull @Description("立案日期 / opened on") LocalDate openedOn,
        @NonNull @Description("调查通知书编号（园区内唯一） / investigation notice number, unique in the park") String documentNo,
        @Description("说明 / note") String note) {
}
