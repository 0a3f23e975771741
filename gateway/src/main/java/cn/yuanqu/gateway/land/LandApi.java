package cn.yuanqu.gateway.land;

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

/** land-service's batched look-ups by enterprise (REST, JSON text: see {@link ByEnterprise}), with the caller's token. */
@RegisterRestClient(configKey = "land")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface LandApi {

    record Parcels(String enterpriseId, List<Parcel> parcels) implements ByEnterprise.Row<List<Parcel>> {
        @Override
        public List<Parcel> value() {
            return parcels;
        }
    }

    record Leases(String enterpriseId, List<Lease> leases) implements ByEnterprise.Row<List<Lease>> {
        @Override
        public List<Lease> value() {
            return leases;
        }
    }

    record Latest(String enterpriseId, EfficiencyResult latest) implements ByEnterprise.Row<EfficiencyResult> {
        @Override
        public EfficiencyResult value() {
            return latest;
        }
    }

    @POST
    @Path("/parcels/by-enterprises")
    Uni<String> parcels(@HeaderParam("Authorization") String authorization, String enterpriseIds);

    @POST
    @Path("/leases/by-enterprises")
    Uni<String> leases(@HeaderParam("Authorization") String authorization, String enterpriseIds);

    @POST
    @Path("/efficiency/by-enterprises")
    Uni<String> efficiency(@HeaderParam("Authorization") String authorization, String enterpriseIds);
}
