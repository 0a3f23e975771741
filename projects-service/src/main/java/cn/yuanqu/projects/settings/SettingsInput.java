package cn.yuanqu.projects.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The project office's per-park settings. */
@Name("ProjectSettingsInput")
@Description("项目建设参数 / project settings of a park")
@Schema(name = "ProjectSettingsInput", description = "项目建设参数 / project settings of a park")
public record SettingsInput(
        @NonNull @NotNull @Min(1) @Max(365) @Description("超过多少天未填报进度视为停滞 / days without a progress report after which a project under construction is stalled") @Schema(required = true, minimum = "1", maximum = "365") Integer stalledAfterDays,
        @NonNull @NotNull @Min(1) @Max(365) @Description("签约至开工目标工作日数 / target working days from signing to start") @Schema(required = true, minimum = "1", maximum = "365") Integer startTargetWorkingDays) {

    /** Defaults: stalled after 30 days without a report; started within 50 working days of signing. */
    public static final SettingsInput DEFAULTS = new SettingsInput(30, 50);
}
