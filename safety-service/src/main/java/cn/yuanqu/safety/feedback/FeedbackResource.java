package cn.yuanqu.safety.feedback;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.rest.IfMatch;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of inspection-feedback items (督察反馈问题). */
@Path("/api/feedback-items")
@Tag(name = "督察反馈问题 Feedback items", description = "中央/省生态环境保护督察反馈问题整改销号 / inspection feedback tracked to closure")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FeedbackResource {

    private final FeedbackService service;

    public FeedbackResource(FeedbackService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "督察反馈问题清单 / the feedback items", description = "overdue=true 为今天逾期未销号的。 / overdue=true lists those past their deadline.")
    public Uni<List<FeedbackView>> list(@QueryParam("park") String park, @QueryParam("status") String status,
            @QueryParam("source") String source, @QueryParam("overdue") String overdue) {
        List<Violation> bad = new ArrayList<>();
        FeedbackStatus s = QueryParams.enumValue(FeedbackStatus.class, "status", status, bad);
        FeedbackSource src = QueryParams.enumValue(FeedbackSource.class, "source", source, bad);
        Boolean o = QueryParams.bool("overdue", overdue, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.list(park, s, src, o);
    }

    @POST
    @Operation(summary = "登记督察反馈问题 / record a feedback item")
    @APIResponse(responseCode = "201", description = "已登记 / recorded", content = @Content(schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "409", description = "编号重复 / number already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<FeedbackView>> record(@QueryParam("park") String park, @NotNull @Valid FeedbackInput input) {
        return service.record(park, input).map(v -> RestResponse.ResponseBuilder
                .<FeedbackView> created(URI.create("/api/feedback-items?status=OPEN")).entity(v)
                .tag(new EntityTag(Long.toString(v.version()))).build());
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(summary = "已整改、销号或退回 / rectified, closed or sent back", description = "需 If-Match。 / Requires If-Match.")
    @APIResponse(responseCode = "422", description = "非法状态变更或缺少说明 / illegal transition or missing text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<FeedbackView>> move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid FeedbackStepInput step) {
        return service.move(id, IfMatch.version(ifMatch), step)
                .map(v -> RestResponse.ResponseBuilder.ok(v).tag(new EntityTag(Long.toString(v.version()))).build());
    }
}
