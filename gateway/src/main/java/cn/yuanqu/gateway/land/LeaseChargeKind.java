package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A charge of a factory lease (收费项目). Named ChargeKind in land-service's subgraph ({@code @Input} is the name the typed client uses there). */
@Description("厂房租赁收费项目 / charge of a lease")
@Input("ChargeKind")
public enum LeaseChargeKind {
    @Description("租金 / rent")
    RENT,
    @Description("履约保证金 / deposit")
    DEPOSIT,
    @Description("物业费 / property fee")
    PROPERTY_FEE
}
