package cn.yuanqu.gateway.enterprises.cultivation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import cn.yuanqu.gateway.enterprises.qualification.QualificationType;

/** Filters of the cultivation pool; all optional, combined with AND. */
@Description("培育库筛选 / cultivation pool filters")
@Input("CultivationFilterInput")
public record CultivationFilterInput(
        @Id @Description("企业ID / enterprise id") String enterpriseId,
        @Description("目标 / goal") CultivationTarget target,
        @Description("目标资质类型 / qualification type") QualificationType targetType,
        @Description("状态 / status") CultivationStatus status,
        @Description("责任干部 / cadre") String cadre,
        @Description("预计月份起 YYYY-MM / expected from") String expectedFrom,
        @Description("预计月份止 YYYY-MM / expected to") String expectedTo) {
}
