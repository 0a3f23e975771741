package cn.yuanqu.projects.targets;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A park's targets for a year. */
@Name("AnnualTarget")
@Description("年度项目目标 / a park's project targets for a year")
@Schema(name = "AnnualTarget", description = "年度项目目标 / a park's project targets for a year")
public record TargetView(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("年度 / year") Integer year,
        @NonNull @Description("新开工项目（个） / new starts") Integer newStarts,
        @NonNull @Description("竣工项目（个） / completions") Integer completions,
        @NonNull @Description("固定资产投资（元） / fixed-asset investment") BigDecimal fixedAssetInvestment,
        @NonNull @Description("签约投资额（元） / signed investment") BigDecimal signedInvestment,
        @NonNull @Description("版本号 / version") Long version) {

    static TargetView of(AnnualTarget t) {
        return new TargetView(t.getParkId(), t.getYear(), t.getNewStarts(), t.getCompletions(),
                t.getFixedAssetInvestment(), t.getSignedInvestment(), t.getVersion());
    }
}
