package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A parcel the idle-land rules say to investigate now, with its assessment. */
@Description("应立案调查的宗地 / a parcel to investigate")
public record IdleCandidate(
        @NonNull @Description("宗地 / parcel") Parcel parcel,
        @NonNull @Description("认定与建议 / assessment") IdleAssessment assessment) {
}
