package cn.yuanqu.safety.enterprise;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * enterprises-service's {@code Enterprise} entity, known here by its key only: this subgraph adds the
 * enterprise's {@code inspections} and {@code hazards}; a federation router (or the gateway) fetches the
 * rest of the enterprise from enterprises-service.
 */
@Name("Enterprise")
@Key(fields = @FieldSet("id"))
// the same descriptions as the owner, enterprises-service, so the composed supergraph has one
@Description("企业（一企一档） / enterprise record")
public record EnterpriseRef(@NonNull @Id @Description("企业ID（UUID） / enterprise id") String id) {
}
