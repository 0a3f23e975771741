package cn.yuanqu.gateway.safety;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A campaign with its counted results. */
@Description("专项行动 / a campaign")
public record Campaign(
        @NonNull @Id @Description("专项行动ID / campaign id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("名称 / name") String name,
        @NonNull @Description("类型 / kind") CampaignKind kind,
        @NonNull @Description("类型名称 / kind name") String kindName,
        @NonNull @Description("开始日期 / from") LocalDate startOn,
        @Description("结束日期 / to") LocalDate endOn,
        @Description("说明 / description") String description,
        @NonNull @Description("成果 / counted results") List<@NonNull CampaignResult> results,
        @NonNull @Description("版本号 / version") Long version) {

    /** A counted result. */
    @Description("专项行动成果 / a counted result")
    public record CampaignResult(@NonNull @Description("事项，如 拆除防盗网 / item") String item,
            @NonNull @Description("单位，如 套、处 / unit") String unit, @NonNull @Description("数量 / count") Integer count) {
    }
}
