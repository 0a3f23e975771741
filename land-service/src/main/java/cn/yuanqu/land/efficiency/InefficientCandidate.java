package cn.yuanqu.land.efficiency;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.land.parcel.ParcelView;

/** A class-D enterprise and the parcels it uses that no case is open on: candidates for 低效用地 cases. */
@Description("低效用地处置候选（亩产效益D类企业） / a class-D enterprise's parcels to consider for an inefficient-land case")
@Schema(description = "低效用地处置候选（亩产效益D类企业及其无在办案件的宗地） / a class-D enterprise and its parcels without an open case")
public record InefficientCandidate(
        @NonNull @Description("评价结果 / result") ResultView result,
        @NonNull @Description("宗地 / parcels") List<@NonNull ParcelView> parcels) {
}
