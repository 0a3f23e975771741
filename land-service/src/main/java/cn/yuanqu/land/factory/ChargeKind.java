package cn.yuanqu.land.factory;

import org.eclipse.microprofile.graphql.Description;

/** What a lease owes. */
@Description("收费项目 / charge")
public enum ChargeKind {
    @Description("租金 / rent")
    RENT("租金"),
    @Description("履约保证金 / performance deposit")
    DEPOSIT("履约保证金"),
    @Description("物业费 / property fee")
    PROPERTY_FEE("物业费");

    private final String label;

    ChargeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
