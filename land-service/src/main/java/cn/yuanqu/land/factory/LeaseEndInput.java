package cn.yuanqu.land.factory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The end of a lease: expiry, 清退 or 腾退 (the reason required for the last two). */
@Name("LeaseEndInput")
@Description("租赁终止 / end a lease")
@Schema(name = "LeaseEndInput", description = "租赁终止：到期、清退或腾退 / end a lease")
public record LeaseEndInput(
        @NonNull @NotNull @PastOrPresent @Description("终止日（最后一天） / last day") @Schema(required = true) LocalDate on,
        @NonNull @NotNull @Description("方式 / how") @Schema(required = true) LeaseEndKind kind,
        @Size(max = 1000) @Description("原因，如 不达产 / reason") String reason) {
}
