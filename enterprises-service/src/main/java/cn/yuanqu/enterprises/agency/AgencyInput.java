package cn.yuanqu.enterprises.agency;

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

/** A matter received to be handled on an enterprise's behalf. */
@Name("AgencyMatterInput")
@Description("受理帮代办事项 / receive a matter to handle on an enterprise's behalf")
@Schema(name = "AgencyMatterInput", description = "受理帮代办事项 / receive a matter to handle on an enterprise's behalf")
public record AgencyInput(
        @Id @Description("企业ID（尚未设立的企业可省略） / enterprise id, omitted for a company being set up") String enterpriseId,
        @Size(max = 200) @Description("申请人（无企业ID时必填） / applicant, required without an enterprise id") @Schema(maxLength = 200) String applicant,
        @NonNull @NotNull @Description("事项类型 / kind") @Schema(required = true) AgencyKind kind,
        @NonNull @NotBlank @Size(max = 200) @Description("事项名称 / title") @Schema(required = true, maxLength = 200) String title,
        @NonNull @NotBlank @Size(max = 100) @Description("代办员 / handler") @Schema(required = true, maxLength = 100) String handler,
        @PastOrPresent @Description("受理日期，默认今天 / received on, default today") LocalDate receivedOn,
        @Description("承诺办结日期 / promised by") LocalDate promisedOn) {
}
