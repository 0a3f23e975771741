package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Who caused a parcel to lie idle (闲置原因). Named Cause in land-service's subgraph ({@code @Input} is the name the typed client uses there). */
@Description("闲置原因 / cause of idleness")
@Input("Cause")
public enum IdleCause {
    @Description("企业原因 / the enterprise")
    ENTERPRISE,
    @Description("政府原因 / the government")
    GOVERNMENT
}
