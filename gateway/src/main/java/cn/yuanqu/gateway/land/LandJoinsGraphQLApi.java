package cn.yuanqu.gateway.land;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.Enterprise;
import cn.yuanqu.gateway.enterprises.EnterpriseGateway;
import cn.yuanqu.gateway.projects.Project;
import cn.yuanqu.gateway.support.ByEnterprise;
import cn.yuanqu.gateway.support.CallerToken;
import cn.yuanqu.gateway.support.Downstream;
import cn.yuanqu.gateway.support.GatewayConfig;

/**
 * The joins of land records: an enterprise's land (一企一档: its parcels, leases and latest 亩产 result), a parcel's
 * holder, a lease's tenant, a land case's taking-over enterprise and a project's parcel. Each is resolved for the
 * whole list of rows of a request with one downstream call (per 500 keys), whatever the number of rows, with the
 * caller's token; a service that is down nulls these fields only, with an error naming it.
 */
@GraphQLApi
public class LandJoinsGraphQLApi {

    static final String SERVICE = "land-service";
    static final String SERVICE_ZH = "土地服务";

    private final LandClient client;
    private final LandGateway land;
    private final EnterpriseGateway enterprises;
    private final CallerToken token;
    private final GatewayConfig config;

    public LandJoinsGraphQLApi(LandClient client, LandGateway land, EnterpriseGateway enterprises, CallerToken token,
            GatewayConfig config) {
        this.client = client;
        this.land = land;
        this.enterprises = enterprises;
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
    @Description("企业最近一次亩产效益评价结果（批量解析；未参评为空） / the latest per-mu efficiency result, resolved in one batch")
    public Uni<List<EfficiencyResult>> efficiency(@Source List<Enterprise> enterprises) {
        String auth = token.authorization();
        return Downstream.call(SERVICE, SERVICE_ZH, () -> ByEnterprise.resolve(ids(enterprises), config.batchSize(), null,
                chunk -> client.efficiency(auth, chunk)));
    }

    @Name("holder")
    @Description("使用权企业（批量解析：一次企业服务调用；无使用权企业或无权查看时为空） / the holder enterprise, resolved in one batch; null when none or not visible")
    public Uni<List<Enterprise>> holder(@Source List<Parcel> parcels) {
        return enterprisesOf(parcels.stream().map(Parcel::holderId).toList());
    }

    @Name("tenant")
    @Description("承租企业（批量解析：一次企业服务调用；无权查看时为空） / the tenant enterprise, resolved in one batch; null when not visible")
    public Uni<List<Enterprise>> tenant(@Source List<Lease> leases) {
        return enterprisesOf(leases.stream().map(Lease::enterpriseId).toList());
    }

    @Name("takingOverEnterprise")
    @Description("承接企业（批量解析：一次企业服务调用；尚无承接企业或无权查看时为空） / the enterprise taking the land over, resolved in one batch; null when none yet or not visible")
    public Uni<List<Enterprise>> takingOverEnterprise(@Source List<LandCase> cases) {
        return enterprisesOf(cases.stream().map(LandCase::takeoverId).toList());
    }

    @Name("parcel")
    @Description("项目用地宗地（按园区与宗地编号批量解析：一次土地服务调用；未填宗地编号、无此宗地或无权查看时为空） / the project's parcel, by park and parcel code, resolved in one batch; null when the project names none, or it is unknown or not visible")
    public Uni<List<Parcel>> parcel(@Source List<Project> projects) {
        List<ParcelRefInput> refs = projects.stream()
                .map(p -> p.parcelRef() == null || p.parcelRef().isBlank() ? null : new ParcelRefInput(p.park(), p.parcelRef()))
                .toList();
        return KeyBatch.resolve(refs, config.batchSize(), land::parcelsByCodes);
    }

    /** The enterprises of {@code ids} in order (null ids and enterprises not visible: null), in one batched look-up. */
    private Uni<List<Enterprise>> enterprisesOf(List<String> ids) {
        return KeyBatch.resolve(ids, config.batchSize(), enterprises::byIds);
    }

    static List<String> ids(List<Enterprise> enterprises) {
        return enterprises.stream().map(Enterprise::id).toList();
    }
}
