package cn.yuanqu.gateway.enterprises.cultivation;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A step of a cultivation entry: 储备 → 培育中 → 已申报 → 已认定, or 退出. */
@Description("培育状态变更 / cultivation status change")
@Input("CultivationTransitionInput")
public record CultivationTransitionInput(
        @NonNull @Description("目标状态 / target status") CultivationStatus to,
        @NonNull @Description("生效日期（已认定时为入规/认定日期） / effective date, the date achieved for 已认定") LocalDate effectiveDate,
        @Description("原因或说明（≤500字） / reason") String reason,
        @Description("证书编号（资质目标认定时） / certificate number of the award") String certificateNo) {
}
