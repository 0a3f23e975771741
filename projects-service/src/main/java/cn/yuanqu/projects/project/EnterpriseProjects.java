package cn.yuanqu.projects.project;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The projects of one enterprise as investor (answer of the batched look-up). */
@Schema(description = "某企业投资的项目 / the projects of one enterprise")
public record EnterpriseProjects(
        @Schema(description = "企业ID / enterprise id") String enterpriseId,
        @Schema(description = "项目 / projects") List<ProjectView> projects) {
}
