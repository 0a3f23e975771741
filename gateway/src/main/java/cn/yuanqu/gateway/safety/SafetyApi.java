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

/**
 * safety-service's batched look-ups by enterprise (REST: hazards and inspections of up to 500 enterprises per
 * call, in the order asked), with the caller's token. Only {@link SafetyClient} uses it.
 */
@RegisterRestClient(configKey = "safety")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SafetyApi {

    /** The hazards of one enterprise. */
    record Hazards(String enterpriseId, List<Hazard> hazards) implements ByEnterprise.Row<List<Hazard>> {
        @Override
        public List<Hazard> value() {
            return hazards;
        }
    }

    /** The inspections of one enterprise. */
    record Inspections(String enterpriseId, List<Inspection> inspections) implements ByEnterprise.Row<List<Inspection>> {
        @Override
        public List<Inspection> value() {
            return inspections;
        }
    }

    @POST
    @Path("/hazards/by-enterprises")
    Uni<String> hazards(@HeaderParam("Authorization") String authorization, String enterpriseIds);

    @POST
    @Path("/inspections/by-enterprises")
    Uni<String> inspections(@HeaderParam("Authorization") String authorization, String enterpriseIds);
}
