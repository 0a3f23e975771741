package cn.yuanqu.projects.promotion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.projects.project.ProjectInput;

/** Signing a lead: the project it becomes (its {@code signedOn} is the signing date). */
@Name("SigningInput")
@Description("线索签约：形成的项目 / signing a lead: the project it becomes")
@Schema(name = "SigningInput", description = "线索签约：形成的项目 / signing a lead: the project it becomes")
public record SigningInput(
        @NonNull @NotNull @Valid @Description("项目登记信息（签约日期即签约日） / the project; signedOn is the signing date") @Schema(required = true) ProjectInput project) {
}
