package cn.yuanqu.safety.duty;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An emergency drill as the API shows it. */
@Name("Drill")
@Description("应急演练 / an emergency drill")
@Schema(name = "Drill", description = "应急演练 / an emergency drill")
public record DrillView(
        @NonNull @Id String id,
        @NonNull @Description("类型 / kind") DrillKind kind,
        @NonNull @Description("类型名称 / kind name") String kindName,
        @NonNull @Description("日期 / held on") LocalDate heldOn,
        @NonNull @Description("名称 / title") String title,
        @Id @Description("企业ID / enterprise id") String enterpriseId,
        @Description("企业名称 / enterprise name") String enterpriseName,
        @NonNull @Description("参演人数 / participants") Integer participants) {

    static DrillView of(Drill d) {
        return new DrillView(d.getId().toString(), d.getKind(), d.getKind().label(), d.getHeldOn(), d.getTitle(),
                d.getEnterpriseId() == null ? null : d.getEnterpriseId().toString(), d.getEnterpriseName(), d.getParticipants());
    }
}
