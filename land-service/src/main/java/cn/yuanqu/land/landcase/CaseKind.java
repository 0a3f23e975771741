package cn.yuanqu.land.landcase;

import org.eclipse.microprofile.graphql.Description;

/** What a land case is about. */
@Description("处置类型 / kind of case")
public enum CaseKind {
    @Description("闲置土地 / idle land (53号令)")
    IDLE("闲置土地"),
    @Description("低效用地 / inefficient land")
    INEFFICIENT("低效用地"),
    @Description("擅自改变用途 / use changed without approval")
    CHANGED_USE("改变用途"),
    @Description("僵尸企业用地 / land of a zombie enterprise")
    ZOMBIE("僵尸企业");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
