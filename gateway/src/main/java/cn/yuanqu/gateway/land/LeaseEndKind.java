package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** How a factory lease ended (终止方式). */
@Description("租赁终止方式 / how a lease ended")
public enum LeaseEndKind {
    @Description("到期 / expired")
    EXPIRED,
    @Description("清退 / cleared out")
    CLEARED,
    @Description("腾退 / vacated")
    VACATED
}
