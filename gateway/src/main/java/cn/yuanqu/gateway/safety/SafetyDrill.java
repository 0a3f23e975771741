package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An emergency drill as the API shows it. */
@Description("应急演练 / an emergency drill")
public record SafetyDrill(
        @NonNull @Id @Description("演练ID / drill id") String id,
        @NonNull @Description("类型 / kind") DrillKind kind,
        @NonNull @Description("类型名称 / kind name") String kindName,
        @NonNull @Description("日期 / held on") LocalDate heldOn,
        @NonNull @Description("名称 / title") String title,
        @Id @Description("企业ID / enterprise id") String enterpriseId,
        @Description("企业名称 / enterprise name") String enterpriseName,
        @NonNull @Description("参演人数 / participants") Integer participants) {
}
