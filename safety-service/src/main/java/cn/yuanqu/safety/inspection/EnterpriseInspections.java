package cn.yuanqu.safety.inspection;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The inspections of one enterprise (answer of the batched look-up). */
@Schema(description = "某企业的检查记录 / the inspections of one enterprise")
public record EnterpriseInspections(
        @Schema(description = "企业ID / enterprise id") String enterpriseId,
        @Schema(description = "检查记录 / inspections") List<InspectionView> inspections) {
}
