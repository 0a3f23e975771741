package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** How a parcel was supplied (供地方式). */
@Description("供地方式 / supply method")
public enum LandSupplyMethod {
    @Description("出让 / conveyance")
    CONVEYANCE,
    @Description("划拨 / allocation")
    ALLOCATION,
    @Description("租赁 / lease")
    LEASE
}
