package cn.yuanqu.gateway.projects;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A park's project targets for a year as set. Money in yuan. */
@Description("年度项目目标 / a park's project targets for a year")
@Input("AnnualTargetInput")
public record AnnualTargetInput(
        @NonNull @Description("新开工项目（个） / new starts") Integer newStarts,
        @NonNull @Description("竣工项目（个） / completions") Integer completions,
        @NonNull @Description("固定资产投资（元） / fixed-asset investment, yuan") BigDecimal fixedAssetInvestment,
        @NonNull @Description("签约投资额（元） / signed investment, yuan") BigDecimal signedInvestment) {
}
