package cn.yuanqu.enterprises.qualification;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Withdrawal of a qualification (撤销/取消资格). */
@Name("RevocationInput")
@Description("撤销资质 / revocation of a qualification")
@Schema(name = "Revocation", description = "撤销资质 / revocation of a qualification")
public record RevocationInput(
        @NonNull @NotNull @Description("撤销日期（当日起失效） / date from which it no longer holds") @Schema(required = true, description = "撤销日期 / revoked on") LocalDate revokedOn,
        @NonNull @NotBlank @Size(max = 500) @Description("原因 / reason") @Schema(required = true, description = "原因 / reason", maxLength = 500) String reason) {
}
