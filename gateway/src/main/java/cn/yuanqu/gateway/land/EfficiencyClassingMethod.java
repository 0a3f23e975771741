package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;

/** How scores become classes (分类方法). */
@Description("亩均效益分类方法 / how classes are cut")
public enum EfficiencyClassingMethod {
    @Description("按排名比例（如前25%为A、后5%为D） / by shares of the ranking")
    PERCENTILE,
    @Description("按得分线 / by score thresholds")
    THRESHOLD
}
