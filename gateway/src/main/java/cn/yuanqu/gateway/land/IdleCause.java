package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** Who caused a parcel to lie idle (闲置原因). */
@Description("闲置原因 / cause of idleness")
public enum IdleCause {
    @Description("企业原因 / the enterprise")
    ENTERPRISE,
    @Description("政府原因 / the government")
    GOVERNMENT
}
