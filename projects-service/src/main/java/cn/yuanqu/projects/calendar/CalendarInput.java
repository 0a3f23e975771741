package cn.yuanqu.projects.calendar;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The park's own exception days of a year (replacing those it had). */
@Name("CalendarInput")
@Description("园区某年自定的节假日与工作日（整体替换） / a park's own days of a year, replacing those it had")
@Schema(name = "CalendarInput", description = "园区某年自定的节假日与工作日（整体替换） / a park's own days of a year, replacing those it had")
public record CalendarInput(
        @NonNull @NotNull @Size(max = 366) @Description("园区自定的日子 / the park's days") @Schema(required = true) List<@NonNull @NotNull @Valid SpecialDayInput> days) {
}
