package cn.yuanqu.land.parcel;

import org.eclipse.microprofile.graphql.Description;

/** How the land was supplied to its holder. */
@Description("供地方式 / supply method")
public enum SupplyMethod {
    @Description("出让 / conveyance")
    CONVEYANCE("出让"),
    @Description("划拨 / allocation")
    ALLOCATION("划拨"),
    @Description("租赁 / lease")
    LEASE("租赁");

    private final String label;

    SupplyMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
