package cn.yuanqu.enterprises.request;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests of one enterprise (answer of the batched look-up). */
@Schema(description = "某企业的诉求 / the requests of one enterprise")
public record EnterpriseRequests(
        @Schema(description = "企业ID / enterprise id") String enterpriseId,
        @Schema(description = "诉求 / requests") List<RequestView> requests) {
}
