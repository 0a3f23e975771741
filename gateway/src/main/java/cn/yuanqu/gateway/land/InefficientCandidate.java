package cn.yuanqu.gateway.land;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A class-D enterprise and its parcels without an open case. */
@Description("低效用地处置候选（亩产效益D类企业） / a class-D enterprise's parcels to consider for an inefficient-land case")
public record InefficientCandidate(
        @NonNull @Description("评价结果 / result") EfficiencyResult result,
        @NonNull @Description("宗地 / parcels") List<@NonNull Parcel> parcels) {
}
