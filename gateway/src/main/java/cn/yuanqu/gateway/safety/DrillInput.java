package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An emergency drill as recorded; without an enterprise it is zone-wide. */
@Input("DrillInput")
@Description("应急演练 / an emergency drill")
public record DrillInput(
        @NonNull @Description("类型 / kind") DrillKind kind,
        @NonNull @Description("日期 / held on") LocalDate heldOn,
        @NonNull @Description("名称 / title") String title,
        @Description("企业ID（全园区演练不填） / enterprise id, none for a zone-wide drill") String enterpriseId,
        @NonNull @Description("参演人数 / participants") Integer participants,
        @Description("备注 / notes") String notes) {
}
