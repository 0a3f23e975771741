package cn.yuanqu.gateway.safety;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A counted result of a campaign. */
@Input("CampaignResultInput")
@Description("专项行动成果 / a counted result of a campaign")
public record CampaignResultInput(
        @NonNull @Description("事项，如 拆除防盗网 / item") String item,
        @NonNull @Description("单位，如 套、处 / unit") String unit,
        @NonNull @Description("数量 / count") Integer count) {
}
