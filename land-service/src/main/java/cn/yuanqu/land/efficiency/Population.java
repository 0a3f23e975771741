package cn.yuanqu.land.efficiency;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 规上 and 规下 enterprises are scored with their own weights and classed among themselves (RULES.md). */
@Description("评价对象 / population evaluated")
@Schema(description = "评价对象：规上、规下（年末状态） / above or below scale on 31 December")
@Name("EfficiencyPopulation")
public enum Population {
    @Description("规上企业 / above scale")
    ABOVE_SCALE("规上企业"),
    @Description("规下企业 / below scale")
    BELOW_SCALE("规下企业");

    private final String label;

    Population(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
