package cn.yuanqu.land.efficiency;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How scores become classes: by rank (shares of the population) or by score thresholds. */
@Description("分类方法 / how classes are cut")
@Schema(description = "分类方法：按排名比例或按得分线 / by rank shares or by score thresholds")
public enum ClassingMethod {
    @Description("按排名比例（如前25%为A、后5%为D） / by shares of the ranking")
    PERCENTILE,
    @Description("按得分线 / by score thresholds")
    THRESHOLD
}
