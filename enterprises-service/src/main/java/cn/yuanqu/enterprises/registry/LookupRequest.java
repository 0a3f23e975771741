package cn.yuanqu.enterprises.registry;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Batched look-up of enterprises by id (for other services and the gateway). */
@Schema(description = "按ID批量查询企业 / batched look-up by enterprise ids")
public record LookupRequest(
        @NotNull @NotEmpty @Size(max = 500) @Schema(description = "企业ID列表（最多500个） / enterprise ids (at most 500)", required = true)
        List<@NotNull String> ids) {
}
