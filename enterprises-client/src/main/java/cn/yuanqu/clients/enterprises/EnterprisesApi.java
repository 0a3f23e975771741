package cn.yuanqu.clients.enterprises;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * enterprises-service's REST API as the other services call it (base URL: {@code quarkus.rest-client.enterprises.url},
 * set from {@code yuanqu.services.enterprises-url}). Every call carries a token: the caller's, or the
 * service's own for scheduled work.
 */
@RegisterRestClient(configKey = "enterprises")
@Path("/api/enterprises")
@Produces(MediaType.APPLICATION_JSON)
public interface EnterprisesApi {

    /** A page of the park's enterprises in a status (200 at most per page). */
    @GET
    Uni<EnterpriseListPage> list(@HeaderParam("Authorization") String authorization, @QueryParam("park") String park,
            @QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);

    /** One enterprise; 404 when it does not exist or the caller may not see it. */
    @GET
    @Path("/{id}")
    Uni<KnownEnterprise> get(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);
}
