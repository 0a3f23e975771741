package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A campaign as recorded. */
@Input("CampaignInput")
@Description("专项行动 / a campaign")
public record CampaignInput(
        @NonNull @Description("名称，如 拆牌、破网、清通道专项行动 / name") String name,
        @NonNull @Description("类型 / kind") CampaignKind kind,
        @NonNull @Description("开始日期 / from") LocalDate startOn,
        @Description("结束日期 / to") LocalDate endOn,
        @Description("说明 / description") String description) {
}
