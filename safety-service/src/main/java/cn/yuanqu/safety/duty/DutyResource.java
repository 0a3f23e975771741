package cn.yuanqu.safety.duty;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import cn.yuanqu.platform.rest.QueryParams;
import cn.yuanqu.platform.time.ClockProducer;

/** REST API of responsibility letters, trainings and drills, and the to-do lists they feed. */
@Path("/api")
@Tag(name = "主体责任 Responsibility", description = "安全生产责任状、培训与警示教育、应急演练 / letters, trainings and drills")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DutyResource {

    private final DutyService service;

    public DutyResource(DutyService service) {
        this.service = service;
    }

    @GET
    @Path("/letters")
    @Operation(summary = "责任状 / the letters of a year")
    public Uni<List<LetterView>> letters(@QueryParam("park") String park, @QueryParam("year") String year) {
        return service.letters(park, year(year));
    }

    @POST
    @Path("/letters")
    @Operation(summary = "签订责任状 / record a letter", description = "每个企业每年一份。 / One per enterprise and year.")
    @APIResponse(responseCode = "201", description = "已记录 / recorded", content = @Content(schema = @Schema(implementation = LetterView.class)))
    @APIResponse(responseCode = "409", description = "本年度已签订 / already signed for the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<LetterView>> sign(@QueryParam("park") String park, @NotNull @Valid LetterInput input) {
        return service.sign(park, input).map(v -> RestResponse.ResponseBuilder
                .<LetterView> created(URI.create("/api/letters?year=" + v.year())).entity(v).build());
    }

    @GET
    @Path("/letters/missing")
    @Operation(summary = "未签责任状的在营企业 / operating enterprises without a letter for the year")
    public Uni<List<UnmetDuty>> missingLetters(@QueryParam("park") String park, @QueryParam("year") String year) {
        return service.withoutLetter(park, year(year));
    }

    @GET
    @Path("/trainings")
    @Operation(summary = "培训与警示教育 / trainings and warning-education sessions", description = "from/to 默认为本年度。 / This year by default.")
    public Uni<List<TrainingView>> trainings(@QueryParam("park") String park, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate[] range = range(from, to);
        return service.trainings(park, range[0], range[1]);
    }

    @POST
    @Path("/trainings")
    @Operation(summary = "记录培训或警示教育 / record a session with its attending enterprises")
    @APIResponse(responseCode = "201", description = "已记录 / recorded", content = @Content(schema = @Schema(implementation = TrainingView.class)))
    public Uni<RestResponse<TrainingView>> train(@QueryParam("park") String park, @NotNull @Valid TrainingInput input) {
        return service.train(park, input).map(v -> RestResponse.ResponseBuilder
                .<TrainingView> created(URI.create("/api/trainings")).entity(v).build());
    }

    @GET
    @Path("/trainings/untrained")
    @Operation(summary = "新入园未培训企业 / new enterprises not trained",
            description = "since（默认本年1月1日）后入园、入园后未参加培训的在营企业。 / Settled since the date and not trained since settling.")
    public Uni<List<UnmetDuty>> untrained(@QueryParam("park") String park, @QueryParam("since") String since) {
        List<Violation> bad = new ArrayList<>();
        LocalDate s = QueryParams.date("since", since, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.untrained(park, s != null ? s : LocalDate.now(ClockProducer.ZONE).withDayOfYear(1));
    }

    @GET
    @Path("/drills")
    @Operation(summary = "应急演练 / emergency drills", description = "from/to 默认为本年度。 / This year by default.")
    public Uni<List<DrillView>> drills(@QueryParam("park") String park, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate[] range = range(from, to);
        return service.drills(park, range[0], range[1]);
    }

    @POST
    @Path("/drills")
    @Operation(summary = "记录应急演练 / record a drill")
    @APIResponse(responseCode = "201", description = "已记录 / recorded", content = @Content(schema = @Schema(implementation = DrillView.class)))
    public Uni<RestResponse<DrillView>> drill(@QueryParam("park") String park, @NotNull @Valid DrillInput input) {
        return service.drill(park, input).map(v -> RestResponse.ResponseBuilder
                .<DrillView> created(URI.create("/api/drills")).entity(v).build());
    }

    private static int year(String raw) {
        List<Violation> bad = new ArrayList<>();
        Integer y = QueryParams.integer("year", raw, 2000, 2100, bad);
        if (y == null && bad.isEmpty()) {
            return LocalDate.now(ClockProducer.ZONE).getYear();
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return y;
    }

    private static LocalDate[] range(String from, String to) {
        List<Violation> bad = new ArrayList<>();
        LocalDate f = QueryParams.date("from", from, bad);
        LocalDate t = QueryParams.date("to", to, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        return new LocalDate[] { f != null ? f : today.withDayOfYear(1), t != null ? t : today.withDayOfYear(today.lengthOfYear()) };
    }
}
