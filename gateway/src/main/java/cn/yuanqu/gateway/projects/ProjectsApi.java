package cn.yuanqu.gateway.projects;

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

/** projects-service's batched look-up by investor (REST), with the caller's token. */
@RegisterRestClient(configKey = "projects")
@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ProjectsApi {

    record Projects(String enterpriseId, List<Project> projects) implements ByEnterprise.Row<List<Project>> {
        @Override
        public List<Project> value() {
            return projects;
        }
    }

    @POST
    @Path("/by-enterprises")
    Uni<String> projects(@HeaderParam("Authorization") String authorization, String enterpriseIds);
}
