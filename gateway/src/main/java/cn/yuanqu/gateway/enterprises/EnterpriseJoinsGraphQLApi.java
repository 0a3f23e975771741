package cn.yuanqu.gateway.enterprises;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.cultivation.CultivationEntry;
import cn.yuanqu.gateway.enterprises.indicator.MonthlyIndicator;
import cn.yuanqu.gateway.enterprises.qualification.Qualification;
import cn.yuanqu.gateway.enterprises.request.ServiceRequest;
import cn.yuanqu.gateway.support.ByEnterprise;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.GatewayConfig;

/**
 * An enterprise's cultivation side (一企一档): its qualifications, cultivation entries, latest monthly report
 * and requests, each resolved for a whole list of enterprises with one enterprises-service call (per 500),
 * with the caller's token; the service applies park and own-enterprise rules.
 */
@GraphQLApi
public class EnterpriseJoinsGraphQLApi {

    private final EnterpriseLookupClient client;
    private final CallerToken token;
    private final GatewayConfig config;

    public EnterpriseJoinsGraphQLApi(EnterpriseLookupClient client, CallerToken token, GatewayConfig config) {
        this.client = client;
        this.token = token;
        this.config = config;
    }

    @Name("qualifications")
    @Description("资质荣誉（含已过期、已撤销；批量解析） / qualifications and honours, also expired or revoked, resolved in one batch")
    public Uni<List<List<@NonNull Qualification>>> qualifications(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> ByEnterprise.resolve(
                ids(enterprises), config.batchSize(), List.of(), chunk -> client.qualifications(auth, chunk)));
    }

    @Name("cultivationEntries")
    @Description("培育库条目（各状态；批量解析） / cultivation pool entries, every status, resolved in one batch")
    public Uni<List<List<@NonNull CultivationEntry>>> cultivationEntries(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> ByEnterprise.resolve(
                ids(enterprises), config.batchSize(), List.of(), chunk -> client.cultivation(auth, chunk)));
    }

    @Name("latestIndicator")
    @Description("最近一期月报（未报送为空；批量解析） / the latest monthly report, null when none, resolved in one batch")
    public Uni<List<MonthlyIndicator>> latestIndicator(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> ByEnterprise.resolve(
                ids(enterprises), config.batchSize(), null, chunk -> client.latestIndicators(auth, chunk)));
    }

    @Name("requests")
    @Description("企业诉求（新的在前；批量解析） / the enterprise's requests, newest first, resolved in one batch")
    public Uni<List<List<@NonNull ServiceRequest>>> requests(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call(EnterpriseGateway.SERVICE, EnterpriseGateway.SERVICE_ZH, () -> ByEnterprise.resolve(
                ids(enterprises), config.batchSize(), List.of(), chunk -> client.requests(auth, chunk)));
    }

    private static List<String> ids(List<Enterprise> enterprises) {
        return enterprises.stream().map(Enterprise::id).toList();
    }
}
