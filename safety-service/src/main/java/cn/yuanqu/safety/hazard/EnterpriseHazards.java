package cn.yuanqu.safety.hazard;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The hazards of one enterprise (answer of the batched look-up). */
@Schema(description = "某企业的隐患 / the hazards of one enterprise")
public record EnterpriseHazards(
        @Schema(description = "企业ID / enterprise id") String enterpriseId,
        @Schema(description = "隐患 / hazards") List<HazardView> hazards) {
}
