package cn.yuanqu.enterprises.cultivation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The pool entries of one enterprise (answer of the batched look-up). */
@Schema(description = "某企业的培育库条目 / the cultivation entries of one enterprise")
public record EnterpriseCultivation(
        @Schema(description = "企业ID / enterprise id") String enterpriseId,
        @Schema(description = "培育库条目 / cultivation entries") List<CultivationView> entries) {
}
