package cn.yuanqu.projects.project;

import org.eclipse.microprofile.graphql.Description;

/** Key-project level (重点项目). */
@Description("重点项目级别 / key-project level")
public enum KeyLevel {
    @Description("省重点 / provincial key project")
    PROVINCIAL("省重点"),
    @Description("市重点 / municipal key project")
    MUNICIPAL("市重点"),
    @Description("县重中之重 / the county's top priority")
    COUNTY_TOP("县重中之重");

    private final String label;

    KeyLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
