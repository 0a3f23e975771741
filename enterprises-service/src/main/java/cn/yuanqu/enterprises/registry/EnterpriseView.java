package cn.yuanqu.enterprises.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** An enterprise as the API shows it (REST and the GraphQL subgraph, where it is a federation entity). */
@Name("Enterprise")
@Key(fields = @FieldSet("id"))
@Description("企业（一企一档） / enterprise record")
@Schema(name = "Enterprise", description = "企业（一企一档） / enterprise record")
public record EnterpriseView(
        @NonNull @Id @Description("企业ID（UUID） / enterprise id") @Schema(description = "企业ID（UUID） / enterprise id") String id,
        @NonNull @Description("园区 / park") @Schema(description = "园区 / park") String park,
        @NonNull @Description("统一社会信用代码 / unified social credit code") @Schema(description = "统一社会信用代码 / unified social credit code") String creditCode,
        @NonNull @Description("企业名称 / name") @Schema(description = "企业名称 / name") String name,
        @Description("法定代表人 / legal representative") @Schema(description = "法定代表人 / legal representative") String legalRepresentative,
        @NonNull @Description("联系人 / contacts") @Schema(description = "联系人 / contacts") List<@NonNull Contact> contacts,
        @Description("地址 / address") @Schema(description = "地址 / address") String address,
        @Description("所属行业 / industry") @Schema(description = "所属行业 / industry") String industry,
        @Description("产业链 / industry chain") @Schema(description = "产业链 / industry chain") String industryChain,
        @NonNull @Description("经营状态 / status") @Schema(description = "经营状态 / status") EnterpriseStatus status,
        @Description("当前状态起始日期 / date the current status took effect") @Schema(description = "当前状态起始日期 / date the current status took effect") LocalDate statusSince,
        @NonNull @Description("是否规上企业 / above designated size") @Schema(description = "是否规上企业 / above designated size") Boolean aboveScale,
        @Description("入规日期 / date it entered 规上") @Schema(description = "入规日期 / date it entered 规上") LocalDate aboveScaleSince,
        @Description("网格 / grid") @Schema(description = "网格 / grid") String grid,
        @Description("包保干部 / responsible cadre") @Schema(description = "包保干部 / responsible cadre") String cadre,
        @Description("入园日期 / settled in the park on") @Schema(description = "入园日期 / settled in the park on") LocalDate settledOn,
        @NonNull @Description("版本号（乐观锁） / version for optimistic locking") @Schema(description = "版本号（乐观锁），更新时通过 If-Match 回传 / version for optimistic locking, sent back in If-Match") Long version,
        @NonNull @Description("创建时间 / created at") @Schema(description = "创建时间 / created at") OffsetDateTime createdAt,
        @NonNull @Description("更新时间 / updated at") @Schema(description = "更新时间 / updated at") OffsetDateTime updatedAt) {

    static EnterpriseView of(Enterprise e) {
        return new EnterpriseView(e.getId().toString(), e.getParkId(), e.getCreditCode(), e.getName(),
                e.getLegalRepresentative(), List.copyOf(e.getContacts()), e.getAddress(), e.getIndustry(),
                e.getIndustryChain(), e.getStatus(), e.getStatusSince(), e.isAboveScale(), e.getAboveScaleSince(),
                e.getGrid(), e.getCadre(), e.getSettledOn(), e.getVersion(), e.getCreatedAt(), e.getUpdatedAt());
    }
}
