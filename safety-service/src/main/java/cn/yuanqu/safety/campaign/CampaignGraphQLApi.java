package cn.yuanqu.safety.campaign;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;

/** Campaigns in the subgraph. Thin: delegates to {@link CampaignService}. */
@GraphQLApi
@OneQueryAtATime
public class CampaignGraphQLApi {

    private final CampaignService service;

    public CampaignGraphQLApi(CampaignService service) {
        this.service = service;
    }

    @Query("campaigns")
    @Description("专项行动及成果 / campaigns and their results")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull List<@NonNull CampaignView>> campaigns(String park) {
        return service.list(park);
    }

    @Mutation("recordCampaign")
    @Description("登记专项行动 / record a campaign")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull CampaignView> recordCampaign(String park, @NonNull @Valid CampaignInput input) {
        return service.record(park, input);
    }

    @Mutation("setCampaignResults")
    @Description("专项行动成果（整体替换；传入读取时的版本号） / set a campaign's counted results")
    @RolesAllowed({ "safety-officer", "admin" })
    public Uni<@NonNull CampaignView> setCampaignResults(@NonNull @Id String id, @NonNull Long version,
            @NonNull List<@NonNull @Valid ResultInput> results) {
        return service.results(id, version, results);
    }
}
