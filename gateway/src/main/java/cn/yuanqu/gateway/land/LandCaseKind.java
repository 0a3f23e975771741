package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** The kind of an idle or inefficient land case (处置类型). */
@Description("闲置低效用地处置案件类型 / kind of land case")
public enum LandCaseKind {
    @Description("闲置土地 / idle land")
    IDLE,
    @Description("低效用地 / inefficient land")
    INEFFICIENT,
    @Description("改变用途 / use changed")
    CHANGED_USE,
    @Description("僵尸企业 / zombie enterprise")
    ZOMBIE
}
