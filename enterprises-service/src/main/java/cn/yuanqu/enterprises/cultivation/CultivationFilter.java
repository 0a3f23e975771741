package cn.yuanqu.enterprises.cultivation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import cn.yuanqu.enterprises.qualification.QualificationType;

/** Filters of the cultivation pool; all optional. */
@Name("CultivationFilterInput")
@Description("培育库筛选 / cultivation pool filters")
public record CultivationFilter(
        @Description("企业ID / enterprise id") String enterpriseId,
        @Description("目标 / goal") CultivationTarget target,
        @Description("目标资质类型 / qualification type") QualificationType targetType,
        @Description("状态 / status") CultivationStatus status,
        @Description("责任干部 / cadre") String cadre,
        @Description("预计月份起 YYYY-MM / expected from") String expectedFrom,
        @Description("预计月份止 YYYY-MM / expected to") String expectedTo) {

    static final CultivationFilter NONE = new CultivationFilter(null, null, null, null, null, null, null);
}
