package cn.yuanqu.projects.scheduling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project a joint-review meeting approves, with the version of the project read. */
@Name("ApprovalInput")
@Description("联审通过的项目 / a project the joint review approves")
@Schema(name = "ApprovalInput", description = "联审通过的项目 / a project the joint review approves")
public record ApprovalInput(
        @NonNull @NotBlank @Description("项目ID / project id") @Schema(required = true) String projectId,
        @NonNull @NotNull @Description("读取时的项目版本号 / the project's version read") @Schema(required = true) Long version) {
}
