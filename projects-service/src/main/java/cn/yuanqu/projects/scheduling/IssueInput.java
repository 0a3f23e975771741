package cn.yuanqu.projects.scheduling;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issue raised for a project in a meeting. */
@Name("IssueInput")
@Description("会议交办问题 / an issue raised for a project")
@Schema(name = "IssueInput", description = "会议交办问题 / an issue raised for a project")
public record IssueInput(
        @NonNull @NotBlank @Description("项目ID / project id") @Schema(required = true) String projectId,
        @NonNull @NotNull @Description("问题类别 / category") @Schema(required = true) IssueCategory category,
        @NonNull @NotBlank @Size(max = 2000) @Description("问题描述 / description") @Schema(required = true, maxLength = 2000) String description,
        @NonNull @NotBlank @Size(max = 100) @Description("责任单位 / responsible unit") @Schema(required = true, maxLength = 100) String responsibleUnit,
        @NonNull @NotNull @Description("办结时限 / deadline") @Schema(required = true) LocalDate deadline) {
}
