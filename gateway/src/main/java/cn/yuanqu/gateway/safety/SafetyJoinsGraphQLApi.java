package cn.yuanqu.gateway.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.Enterprise;
import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.support.ByEnterprise;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.GatewayConfig;

/**
 * The joins between safety-service's records and enterprises (一企一档), each resolved for the whole list of a
 * request field with one call (per 500 ids), whatever the number of rows, with the caller's token:
 * {@code Enterprise.openHazards} and {@code Enterprise.inspections} with safety-service's REST look-ups by
 * enterprise, {@code Hazard.enterprise} and {@code Inspection.enterprise} with enterprises-service
 * ({@link EnterpriseGateway#byIds}). A service that is down nulls its fields only, with an error naming it.
 */
@GraphQLApi
public class SafetyJoinsGraphQLApi {

    private final SafetyClient client;
    private final EnterpriseGateway enterprises;
    private final CallerToken token;
    private final GatewayConfig config;

    public SafetyJoinsGraphQLApi(SafetyClient client, EnterpriseGateway enterprises, CallerToken token,
            GatewayConfig config) {
        this.client = client;
        this.enterprises = enterprises;
        this.token = token;
        this.config = config;
    }

    @Name("openHazards")
    @Description("企业未销号的隐患（批量解析） / the enterprise's hazards not closed yet, resolved in one batch")
    public Uni<List<List<@NonNull Hazard>>> openHazards(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call(SafetyGateway.SERVICE, SafetyGateway.SERVICE_ZH, () -> ByEnterprise.resolve(
                ids(enterprises), config.batchSize(), List.<Hazard> of(), chunk -> client.hazardsOf(auth, chunk)))
                .map(lists -> lists.stream().map(l -> l.stream().filter(h -> h.closedOn() == null).toList()).toList());
    }

    @Name("inspections")
    @Description("企业接受的检查（最近的在前，批量解析） / the enterprise's inspections, newest first, resolved in one batch")
    public Uni<List<List<@NonNull Inspection>>> inspections(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call(SafetyGateway.SERVICE, SafetyGateway.SERVICE_ZH, () -> ByEnterprise.resolve(
                ids(enterprises), config.batchSize(), List.<Inspection> of(), chunk -> client.inspectionsOf(auth, chunk)));
    }

    @Name("enterprise")
    @Description("隐患所属企业（批量解析；园区公共监测点超标的隐患为空） / the hazard's enterprise, resolved in one batch; null for the zone's own monitoring points")
    public Uni<List<Enterprise>> hazardEnterprise(@Source List<Hazard> hazards) {
        return byIds(hazards.stream().map(Hazard::enterpriseId).toList(), enterprises::byIds);
    }

    @Name("enterprise")
    @Description("被检查企业（批量解析） / the inspected enterprise, resolved in one batch")
    public Uni<List<Enterprise>> inspectionEnterprise(@Source List<Inspection> inspections) {
        return byIds(inspections.stream().map(Inspection::enterpriseId).toList(), enterprises::byIds);
    }

    private static List<String> ids(List<Enterprise> enterprises) {
        return enterprises.stream().map(Enterprise::id).toList();
    }

    /**
     * The enterprise of each row ({@code null} where the row has none or it is not visible): the distinct ids go to
     * {@code fetch} once, which answers in the order asked; no call when no row has an enterprise.
     */
    static Uni<List<Enterprise>> byIds(List<String> ids, Function<List<String>, Uni<List<Enterprise>>> fetch) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids.stream().filter(Objects::nonNull).toList()));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(new ArrayList<>(Collections.nCopies(ids.size(), (Enterprise) null)));
        }
        return fetch.apply(distinct).map(found -> {
            Map<String, Enterprise> byId = new HashMap<>();
            for (int i = 0; i < distinct.size() && i < found.size(); i++) {
                if (found.get(i) != null) {
                    byId.put(distinct.get(i), found.get(i));
                }
            }
            List<Enterprise> out = new ArrayList<>(ids.size());
            for (String id : ids) {
                out.add(id == null ? null : byId.get(id));
            }
            return out;
        });
    }
}
