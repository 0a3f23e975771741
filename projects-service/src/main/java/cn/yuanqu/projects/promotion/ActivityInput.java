package cn.yuanqu.projects.promotion;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A promotion activity as recorded, with the leads it touched. */
@Name("ActivityInput")
@Description("招商活动 / a promotion activity")
@Schema(name = "ActivityInput", description = "招商活动 / a promotion activity")
public record ActivityInput(
        @NonNull @NotNull @Description("类型 / kind") @Schema(required = true) ActivityKind kind,
        @NonNull @NotNull @PastOrPresent @Description("开始日期 / from") @Schema(required = true) LocalDate startOn,
        @PastOrPresent @Description("结束日期（默认同开始日期） / to, defaults to the start") LocalDate endOn,
        @NonNull @NotBlank @Size(max = 200) @Description("活动名称，如 赴深圳电子信息产业招商 / title") @Schema(required = true, maxLength = 200) String title,
        @Size(max = 100) @Description("地点（外出地或接待地） / place") @Schema(maxLength = 100) String place,
        @Size(max = 500) @Description("参加人员 / people") @Schema(maxLength = 500) String people,
        @Size(max = 1000) @Description("对接客商 / counterparts met") @Schema(maxLength = 1000) String counterparts,
        @Size(max = 2000) @Description("成效 / outcome") @Schema(maxLength = 2000) String outcome,
        @Size(max = 50) @Description("涉及的招商线索ID / leads touched") List<@NotBlank String> leadIds) {
}
