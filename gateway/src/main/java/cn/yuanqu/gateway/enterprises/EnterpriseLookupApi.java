package cn.yuanqu.gateway.enterprises;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.enterprises.cultivation.CultivationEntry;
import cn.yuanqu.gateway.enterprises.indicator.MonthlyIndicator;
import cn.yuanqu.gateway.enterprises.qualification.Qualification;
import cn.yuanqu.gateway.enterprises.request.ServiceRequest;
import cn.yuanqu.gateway.support.ByEnterprise;

/**
 * enterprises-service's batched look-ups by enterprise (REST, JSON text: see {@link ByEnterprise}), with the
 * caller's token. Package-private use: {@link EnterpriseLookupClient} adds fault tolerance.
 */
@RegisterRestClient(configKey = "enterprises")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EnterpriseLookupApi {

    record Qualifications(String enterpriseId, List<Qualification> qualifications)
            implements ByEnterprise.Row<List<Qualification>> {
        @Override
        public List<Qualification> value() {
            return qualifications;
        }
    }

    record Cultivation(String enterpriseId, List<CultivationEntry> entries) implements ByEnterprise.Row<List<CultivationEntry>> {
        @Override
        public List<CultivationEntry> value() {
            return entries;
        }
    }

    record Latest(String enterpriseId, MonthlyIndicator latest) implements ByEnterprise.Row<MonthlyIndicator> {
        @Override
        public MonthlyIndicator value() {
            return latest;
        }
    }

    record Requests(String enterpriseId, List<ServiceRequest> requests) implements ByEnterprise.Row<List<ServiceRequest>> {
        @Override
        public List<ServiceRequest> value() {
            return requests;
        }
    }

    @POST
    @Path("/qualifications/by-enterprises")
    Uni<String> qualifications(@HeaderParam("Authorization") String authorization, String enterpriseIds);

    @POST
    @Path("/cultivation/by-enterprises")
    Uni<String> cultivation(@HeaderParam("Authorization") String authorization, String enterpriseIds);

    @POST
    @Path("/indicators/latest/by-enterprises")
    Uni<String> latestIndicators(@HeaderParam("Authorization") String authorization, String enterpriseIds);

    @POST
    @Path("/requests/by-enterprises")
    Uni<String> requests(@HeaderParam("Authorization") String authorization, String enterpriseIds);
}
