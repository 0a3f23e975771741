package cn.yuanqu.projects.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.Problem;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.rest.QueryParams;

/** REST API of the per-park working-day calendar. */
@Path("/api/calendar")
@Tag(name = "工作日历 Calendar", description = "节假日与调休，按园区维护 / holidays and weekend working days per park")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "参数无效 / invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "无权限 / not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CalendarResource {

    private final CalendarService service;

    public CalendarResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "园区某年工作日历 / the park's calendar of a year",
            description = "国家节假日安排叠加园区自定。 / The national arrangement with the park's own days over it.")
    public Uni<CalendarYear> year(@QueryParam("park") String park, @PathParam("year") String year) {
        List<Violation> bad = new ArrayList<>();
        Integer y = QueryParams.integer("year", year, CalendarService.MIN_YEAR, CalendarService.MAX_YEAR, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.year(park, y);
    }

    @PUT
    @Path("/{year}")
    @Operation(summary = "设置园区自定的节假日与工作日 / set the park's own days of a year",
            description = "仅管理员；整体替换该年园区自定的日子。 / Admin only; replaces the park's own days of the year.")
    @APIResponse(responseCode = "422", description = "日期不在该年或重复 / a day outside the year or listed twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CalendarYear> replace(@QueryParam("park") String park, @PathParam("year") String year,
            @NotNull @Valid CalendarInput input) {
        List<Violation> bad = new ArrayList<>();
        Integer y = QueryParams.integer("year", year, CalendarService.MIN_YEAR, CalendarService.MAX_YEAR, bad);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.replace(park, y, input);
    }

    @GET
    @Path("/working-days")
    @Operation(summary = "两日期间的工作日数 / working days between two dates",
            description = "不含起始日，含截止日（签约次日起算）。 / After from, up to and including to.")
    public Uni<WorkingDays> workingDays(@QueryParam("park") String park, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        List<Violation> bad = new ArrayList<>();
        LocalDate f = QueryParams.date("from", from, bad);
        LocalDate t = QueryParams.date("to", to, bad);
        if (from == null || from.isBlank()) {
            bad.add(new Violation("from", "NotNull", "请指定起始日", "from is required"));
        }
        if (to == null || to.isBlank()) {
            bad.add(new Violation("to", "NotNull", "请指定截止日", "to is required"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return service.workingDays(park, f, t);
    }
}
