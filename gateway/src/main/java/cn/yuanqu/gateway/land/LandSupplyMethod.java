package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** How a parcel was supplied (供地方式). Named SupplyMethod in land-service's subgraph ({@code @Input} is the name the typed client uses there). */
@Description("供地方式 / supply method")
@Input("SupplyMethod")
public enum LandSupplyMethod {
    @Description("出让 / conveyance")
    CONVEYANCE,
    @Description("划拨 / allocation")
    ALLOCATION,
    @Description("租赁 / lease")
    LEASE
}
