package cn.yuanqu.enterprises.request;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new request. An enterprise user's request is always for their own enterprise. */
@Name("RequestInput")
@Description("提交诉求 / submit a request")
@Schema(name = "RequestInput", description = "提交诉求 / submit a request")
public record RequestInput(
        @Id @Description("企业ID（企业用户可省略） / enterprise id (an enterprise user may omit it)") String enterpriseId,
        @NonNull @NotNull @Description("类别 / category") @Schema(required = true) RequestCategory category,
        @Description("来源，默认按提交人：企业用户为线上平台，部门为部门转办，干部为电话 / channel; defaults by who submits") RequestChannel channel,
        @NonNull @NotBlank @Size(max = 200) @Description("诉求事项 / what is asked") @Schema(required = true, maxLength = 200) String title,
        @Size(max = 4000) @Description("详细描述 / description") @Schema(maxLength = 4000) String description,
        @PastOrPresent @Description("提交日期，默认今天 / submitted on, default today") LocalDate submittedOn) {
}
