package cn.yuanqu.projects.calendar;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Working days between two dates in a park's calendar. */
@Description("工作日数 / working days between two dates")
@Schema(description = "工作日数（不含起始日，含截止日） / working days after from, up to and including to")
public record WorkingDays(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("起始日（不计） / from, not counted") LocalDate from,
        @NonNull @Description("截止日（计入） / to, counted") LocalDate to,
        @NonNull @Description("工作日数 / working days") Integer workingDays) {
}
