package cn.yuanqu.enterprises.qualification;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The qualifications of one enterprise (answer of the batched look-up). */
@Schema(description = "某企业的资质荣誉 / the qualifications of one enterprise")
public record EnterpriseQualifications(
        @Schema(description = "企业ID / enterprise id") String enterpriseId,
        @Schema(description = "资质荣誉 / qualifications") List<QualificationView> qualifications) {
}
