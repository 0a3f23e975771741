package cn.yuanqu.gateway.enterprises;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An enterprise of a park (一企一档), as enterprises-service owns it. */
@Description("企业（一企一档） / enterprise record")
public record Enterprise(
        @NonNull @Id @Description("企业ID / enterprise id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("统一社会信用代码 / unified social credit code") String creditCode,
        @NonNull @Description("企业名称 / name") String name,
        @Description("法定代表人 / legal representative") String legalRepresentative,
        @NonNull @Description("联系人 / contacts") List<@NonNull Contact> contacts,
        @Description("地址 / address") String address,
        @Description("所属行业 / industry") String industry,
        @Description("产业链 / industry chain") String industryChain,
        @NonNull @Description("经营状态 / status") EnterpriseStatus status,
        @Description("当前状态起始日期 / date the current status took effect") LocalDate statusSince,
        @NonNull @Description("是否规上企业 / above designated size") Boolean aboveScale,
        @Description("入规日期 / date it entered 规上") LocalDate aboveScaleSince,
        @Description("网格 / grid") String grid,
        @Description("包保干部 / responsible cadre") String cadre,
        @Description("入园日期 / settled in the park on") LocalDate settledOn,
        @NonNull @Description("版本号（乐观锁，修改时传回） / version, pass it back when changing") Long version,
        @NonNull @Description("创建时间 / created at") OffsetDateTime createdAt,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
