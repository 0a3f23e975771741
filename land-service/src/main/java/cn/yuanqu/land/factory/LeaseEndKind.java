package cn.yuanqu.land.factory;

import org.eclipse.microprofile.graphql.Description;

/** How a lease ended. */
@Description("租赁终止方式 / how a lease ended")
public enum LeaseEndKind {
    @Description("到期 / expired")
    EXPIRED("到期"),
    @Description("清退（园区收回，如不达产） / cleared by the zone")
    CLEARED("清退"),
    @Description("腾退（企业退租） / vacated by the tenant")
    VACATED("腾退");

    private final String label;

    LeaseEndKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counted as 清退/腾退 in the figures (an expiry is not). */
    public boolean clearance() {
        return this != EXPIRED;
    }
}
