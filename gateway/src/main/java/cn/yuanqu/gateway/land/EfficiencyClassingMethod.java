package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** How scores become classes (分类方法). Named ClassingMethod in land-service's subgraph ({@code @Input} is the name the typed client uses there). */
@Description("亩均效益分类方法 / how classes are cut")
@Input("ClassingMethod")
public enum EfficiencyClassingMethod {
    @Description("按排名比例（如前25%为A、后5%为D） / by shares of the ranking")
    PERCENTILE,
    @Description("按得分线 / by score thresholds")
    THRESHOLD
}
