package cn.yuanqu.clients.enterprises;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** enterprises-service's monthly-report API as other services read it (same base URL as {@link EnterprisesApi}). */
@RegisterRestClient(configKey = "enterprises")
@Path("/api/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IndicatorsApi {

    /** Each enterprise's year (sums, average headcount, 规上 on 31 December), at most 500 ids per call. */
    @POST
    @Path("/yearly-totals")
    Uni<YearlyTotals> yearlyTotals(@HeaderParam("Authorization") String authorization, YearlyTotals.Request request);
}
