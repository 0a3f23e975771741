package cn.yuanqu.enterprises.qualification;

import org.eclipse.microprofile.graphql.Description;

/** Who awarded a qualification. */
@Description("认定级别 / level of the awarding authority")
public enum QualificationLevel {
    @Description("国家级 / national")
    NATIONAL("国家级"),
    @Description("省级 / provincial")
    PROVINCIAL("省级"),
    @Description("市级 / municipal")
    MUNICIPAL("市级"),
    @Description("县级 / county")
    COUNTY("县级");

    private final String label;

    QualificationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
