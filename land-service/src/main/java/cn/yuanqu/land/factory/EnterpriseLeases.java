package cn.yuanqu.land.factory;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The leases of one enterprise (the batched look-up's answer, in the order asked). */
@Schema(description = "企业的厂房租赁 / the leases of an enterprise")
public record EnterpriseLeases(
        @Schema(description = "企业ID / enterprise id") String enterpriseId,
        @Schema(description = "租赁 / leases") List<LeaseView> leases) {
}
