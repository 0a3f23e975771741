package cn.yuanqu.enterprises.visit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.enterprises.request.RequestCategory;

/** A request an enterprise raised during a visit. */
@Name("RaisedRequestInput")
@Description("走访收集的诉求 / a request raised in a visit")
@Schema(name = "RaisedRequestInput", description = "走访收集的诉求 / a request raised in a visit")
public record RaisedRequestInput(
        @NonNull @NotNull @Description("类别 / category") @Schema(required = true) RequestCategory category,
        @NonNull @NotBlank @Size(max = 200) @Description("诉求事项 / what is asked") @Schema(required = true, maxLength = 200) String title,
        @Size(max = 4000) @Description("详细描述 / description") @Schema(maxLength = 4000) String description) {
}
