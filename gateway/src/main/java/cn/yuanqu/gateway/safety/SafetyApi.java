package cn.yuanqu.gateway.safety;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.gateway.support.ByEnterprise;

/** safety-service's batched look-up of hazards by enterprise (REST), with the caller's token. */
@RegisterRestClient(configKey = "safety")
@Path("/api/hazards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SafetyApi {

    record Hazards(String enterpriseId, List<Hazard> hazards) implements ByEnterprise.Row<List<Hazard>> {
        @Override
        public List<Hazard> value() {
            return hazards;
        }
    }

    @POST
    @Path("/by-enterprises")
    Uni<String> hazards(@HeaderParam("Authorization") String authorization, String enterpriseIds);
}
