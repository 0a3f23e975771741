package cn.yuanqu.land.landcase;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.land.idle.Assessment;
import cn.yuanqu.land.parcel.ParcelView;

/** A parcel the rules say is idle and that has no open case: it should be investigated now. */
@Name("IdleCandidate")
@Description("应立案调查的宗地 / a parcel to investigate")
@Schema(name = "IdleCandidate", description = "应立案调查的宗地（按53号令已构成闲置且无在办案件） / a parcel to investigate")
public record Candidate(@NonNull @Description("宗地 / parcel") ParcelView parcel,
        @NonNull @Description("认定与建议 / assessment") Assessment assessment) {
}
