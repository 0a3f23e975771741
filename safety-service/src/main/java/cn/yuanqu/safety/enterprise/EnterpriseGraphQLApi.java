package cn.yuanqu.safety.enterprise;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;

import cn.yuanqu.platform.graphql.Federation;
import cn.yuanqu.platform.graphql.OneQueryAtATime;

/** The Enterprise entity by key: this subgraph only adds its inspections and hazards (see those packages). */
@GraphQLApi
@OneQueryAtATime
@Link(url = Federation.SPEC, _import = { @Import(name = "@key"), @Import(name = "@shareable"), @Import(name = "FieldSet") })
public class EnterpriseGraphQLApi {

    @Resolver
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "enterprise-user", "department", "province-viewer", "admin" })
    public List<EnterpriseRef> enterpriseEntities(List<String> id) {
        return id.stream().map(EnterpriseRef::new).toList();
    }
}
