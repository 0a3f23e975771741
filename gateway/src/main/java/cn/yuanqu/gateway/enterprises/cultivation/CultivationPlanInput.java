package cn.yuanqu.gateway.enterprises.cultivation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A change of a cultivation entry's plan. */
@Description("培育计划 / cultivation plan")
@Input("CultivationPlanInput")
public record CultivationPlanInput(
        @NonNull @Description("预计达成月份 YYYY-MM / expected month") String expectedMonth,
        @NonNull @Description("责任干部（≤50字） / responsible cadre") String cadre,
        @Description("培育方案（≤4000字） / plan") String plan) {
}
