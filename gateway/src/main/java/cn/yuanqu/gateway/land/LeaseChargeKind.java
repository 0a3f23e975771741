package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** A charge of a factory lease (收费项目). */
@Description("厂房租赁收费项目 / charge of a lease")
public enum LeaseChargeKind {
    @Description("租金 / rent")
    RENT,
    @Description("履约保证金 / deposit")
    DEPOSIT,
    @Description("物业费 / property fee")
    PROPERTY_FEE
}
