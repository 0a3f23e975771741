package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;

/** Key-project level (重点项目). */
@Description("重点项目级别 / key-project level")
public enum KeyLevel {
    @Description("省重点 / provincial key project")
    PROVINCIAL,
    @Description("市重点 / municipal key project")
    MUNICIPAL,
    @Description("县重中之重 / the county's top priority")
    COUNTY_TOP
}
