package cn.yuanqu.gateway.land;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A parcel to register, in the status it is in now. */
@Description("登记宗地 / register a parcel")
@Input("ParcelInput")
public record ParcelInput(
        @NonNull @Description("宗地编号（园区内唯一） / code, unique in the park") String code,
        @NonNull @Description("名称 / name") String name,
        @NonNull @Description("当前状态 / status now") ParcelStatus status,
        @NonNull @Description("状态起始日期 / status since") LocalDate statusSince,
        @NonNull @Description("宗地情况 / facts") ParcelFactsInput facts) {
}
