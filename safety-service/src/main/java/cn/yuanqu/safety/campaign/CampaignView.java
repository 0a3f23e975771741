package cn.yuanqu.safety.campaign;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign with its counted results. */
@Name("Campaign")
@Description("专项行动 / a campaign")
@Schema(name = "Campaign", description = "专项行动 / a campaign")
public record CampaignView(
        @NonNull @Id String id,
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
    @Name("CampaignResult")
    @Description("专项行动成果 / a counted result")
    public record CampaignResult(@NonNull @Description("事项 / item") String item, @NonNull @Description("单位 / unit") String unit,
            @NonNull @Description("数量 / count") Integer count,
            @NonNull @Description("是否约数（如“50余处”） / the count is approximate (50余处)") Boolean approximate) {
    }

    static CampaignView of(Campaign c, List<CampaignItem> items) {
        return new CampaignView(c.getId().toString(), c.getParkId(), c.getName(), c.getKind(), c.getKind().label(),
                c.getStartOn(), c.getEndOn(), c.getDescription(),
                items.stream().map(i -> new CampaignResult(i.getItem(), i.getUnit(), i.getCount(), i.isApproximate())).toList(),
                c.getVersion());
    }
}
