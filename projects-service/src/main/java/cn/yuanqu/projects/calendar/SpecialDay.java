package cn.yuanqu.projects.calendar;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day that breaks the weekly rule, and where the rule comes from. */
@Description("节假日或调休工作日 / a holiday or a weekend working day")
@Schema(description = "节假日或调休工作日 / a holiday or a weekend working day")
public record SpecialDay(
        @NonNull @Description("日期 / day") LocalDate day,
        @NonNull @Description("是否工作日 / a working day") Boolean working,
        @NonNull @Description("名称，如 春节、春节调休上班 / name") String name,
        @NonNull @Description("来源：NATIONAL 国家安排，PARK 园区自定 / source") String source) {

    static SpecialDay of(CalendarDay d) {
        return new SpecialDay(d.getDay(), d.isWorking(), d.getName(),
                CalendarDay.NATIONAL.equals(d.getParkId()) ? "NATIONAL" : "PARK");
    }
}
