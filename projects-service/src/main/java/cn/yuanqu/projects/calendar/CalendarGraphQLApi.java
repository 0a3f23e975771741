package cn.yuanqu.projects.calendar;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.graphql.OneQueryAtATime;

/** The working-day calendar in the subgraph. Thin: delegates to {@link CalendarService}. */
@GraphQLApi
@OneQueryAtATime
public class CalendarGraphQLApi {

    private final CalendarService service;

    public CalendarGraphQLApi(CalendarService service) {
        this.service = service;
    }

    @Query("workingCalendar")
    @Description("园区某年工作日历 / the park's working-day calendar of a year")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull CalendarYear> workingCalendar(String park, @NonNull Integer year) {
        return service.year(park, year);
    }

    @Query("workingDays")
    @Description("两日期间的工作日数（不含起始日，含截止日） / working days after from, up to and including to")
    @RolesAllowed({ "leader", "project-officer", "enterprise-officer", "safety-officer", "land-officer",
            "department", "province-viewer", "admin" })
    public Uni<@NonNull WorkingDays> workingDays(String park, @NonNull LocalDate from, @NonNull LocalDate to) {
        return service.workingDays(park, from, to);
    }

    @Mutation("setWorkingCalendar")
    @Description("设置园区某年自定的节假日与工作日（仅管理员） / set the park's own days of a year (admin)")
    @RolesAllowed("admin")
    public Uni<@NonNull CalendarYear> setWorkingCalendar(String park, @NonNull Integer year,
            @NonNull @Valid CalendarInput input) {
        return service.replace(park, year, input);
    }
}
