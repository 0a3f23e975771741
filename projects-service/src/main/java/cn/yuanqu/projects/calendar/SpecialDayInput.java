package cn.yuanqu.projects.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A park's own exception day. */
@Name("SpecialDayInput")
@Description("园区自定的节假日或工作日 / a park's own holiday or working day")
@Schema(name = "SpecialDayInput", description = "园区自定的节假日或工作日 / a park's own holiday or working day")
public record SpecialDayInput(
        @NonNull @NotNull @Description("日期 / day") @Schema(required = true) LocalDate day,
        @NonNull @NotNull @Description("是否工作日 / a working day") @Schema(required = true) Boolean working,
        @NonNull @NotBlank @Size(max = 50) @Description("名称 / name") @Schema(required = true, maxLength = 50) String name) {
}
