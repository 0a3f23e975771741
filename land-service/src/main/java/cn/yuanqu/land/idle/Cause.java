package cn.yuanqu.land.idle;

import org.eclipse.microprofile.graphql.Description;

/** Whose doing the idleness is: it decides the lawful disposals. */
@Description("闲置原因 / cause of idleness")
public enum Cause {
    @Description("企业原因 / the holder's")
    ENTERPRISE("企业原因"),
    @Description("政府原因 / the government's")
    GOVERNMENT("政府原因");

    private final String label;

    Cause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
