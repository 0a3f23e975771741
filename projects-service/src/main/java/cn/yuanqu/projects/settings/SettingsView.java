package cn.yuanqu.projects.settings;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The settings in force for a park and where they come from. */
@Name("ProjectSettings")
@Description("项目建设参数 / project settings in force for a park")
@Schema(name = "ProjectSettings", description = "项目建设参数 / project settings in force for a park")
public record SettingsView(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("来源：DEFAULT 默认，PARK 园区自定 / source") String source,
        @NonNull @Description("停滞天数 / stalled after days") Integer stalledAfterDays,
        @NonNull @Description("签约至开工目标工作日 / target working days from signing to start") Integer startTargetWorkingDays,
        @Description("版本号（园区自定时），更新时通过 If-Match 回传 / version once the park has its own") Long version) {

    static SettingsView of(String park, ProjectSettings s) {
        return s == null
                ? new SettingsView(park, "DEFAULT", SettingsInput.DEFAULTS.stalledAfterDays(),
                        SettingsInput.DEFAULTS.startTargetWorkingDays(), null)
                : new SettingsView(park, "PARK", s.values().stalledAfterDays(), s.values().startTargetWorkingDays(),
                        s.getVersion());
    }
}
