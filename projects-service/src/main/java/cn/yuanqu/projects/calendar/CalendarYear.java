package cn.yuanqu.projects.calendar;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A park's working-day calendar for a year: the days that break the weekly rule. */
@Description("园区工作日历 / a park's working-day calendar for a year")
@Schema(description = "园区工作日历 / a park's working-day calendar for a year")
public record CalendarYear(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("年度 / year") Integer year,
        @NonNull @Description("全年工作日数 / working days in the year") Integer workingDays,
        @NonNull @Description("节假日与调休工作日 / holidays and weekend working days") List<@NonNull SpecialDay> days) {
}
