package cn.yuanqu.gateway.land;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.Enterprise;
import cn.yuanqu.gateway.support.ByEnterprise;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.GatewayConfig;

/**
 * An enterprise's land (一企一档): its parcels, leases and latest 亩产 class, each resolved for a whole list of
 * enterprises with one land-service call (per 500), with the caller's token; land-service down nulls these
 * fields only, with an error naming it.
 */
@GraphQLApi
public class LandJoinsGraphQLApi {

    static final String SERVICE = "land-service";
    static final String SERVICE_ZH = "土地服务";

    private final LandClient client;
    private final CallerToken token;
    private final GatewayConfig config;

    public LandJoinsGraphQLApi(LandClient client, CallerToken token, GatewayConfig config) {
        this.client = client;
        this.token = token;
        this.config = config;
    }

    @Name("parcels")
    @Description("企业使用的宗地（批量解析） / the enterprise's parcels, resolved in one batch")
    public Uni<List<List<@NonNull Parcel>>> parcels(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> ByEnterprise.resolve(ids(enterprises), config.batchSize(), List.of(),
                chunk -> client.parcels(auth, chunk)));
    }

    @Name("leases")
    @Description("企业的标准厂房租赁（批量解析） / the enterprise's factory leases, resolved in one batch")
    public Uni<List<List<@NonNull Lease>>> leases(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> ByEnterprise.resolve(ids(enterprises), config.batchSize(), List.of(),
                chunk -> client.leases(auth, chunk)));
    }

    @Name("efficiency")
    @Description("企业最近一次亩产效益分类（批量解析；未参评为空） / the latest per-mu efficiency class, resolved in one batch")
    public Uni<List<Efficiency>> efficiency(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> ByEnterprise.resolve(ids(enterprises), config.batchSize(), null,
                chunk -> client.efficiency(auth, chunk)));
    }

    static List<String> ids(List<Enterprise> enterprises) {
        return enterprises.stream().map(Enterprise::id).toList();
    }
}
