package cn.yuanqu.projects.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;

/** Project settings in the subgraph. Thin: delegates to {@link SettingsService}. */
@GraphQLApi
@OneQueryAtATime
public class SettingsGraphQLApi {

    private final SettingsService service;

    public SettingsGraphQLApi(SettingsService service) {
        this.service = service;
    }

    @Query("projectSettings")
    @Description("园区项目参数 / the park's project settings")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull SettingsView> projectSettings(String park) {
        return service.get(park);
    }

    @Mutation("setProjectSettings")
    @Description("设置园区项目参数（仅管理员；园区已有自定参数时传入版本号） / set the park's settings (admin)")
    @RolesAllowed("admin")
    public Uni<@NonNull SettingsView> setProjectSettings(String park, Long version, @NonNull @Valid SettingsInput input) {
        return service.set(park, version, input);
    }
}
