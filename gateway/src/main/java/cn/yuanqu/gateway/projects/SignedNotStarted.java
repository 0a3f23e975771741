package cn.yuanqu.gateway.projects;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A project of the 签约未开工 list, with its working days since signing against the park's target. */
@Description("签约未开工项目 / a project signed and not started")
public record SignedNotStarted(
        @NonNull @Description("项目 / project") Project project,
        @NonNull @Description("签约至今工作日数 / working days since signing") Integer workingDaysSinceSigning,
        @NonNull @Description("目标工作日数 / target working days") Integer targetWorkingDays,
        @NonNull @Description("按目标应开工日期 / the day it should start by") LocalDate startDeadline,
        @NonNull @Description("是否已超目标 / past the target") Boolean overTarget) {
}
