package cn.yuanqu.enterprises.lookup;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of enterprise ids. */
@Schema(description = "企业ID列表（最多500个） / enterprise ids (at most 500)")
public record EnterpriseIdsRequest(
        @NotNull @NotEmpty @Size(max = 500) @Schema(required = true) List<@NotNull String> enterpriseIds) {
}
