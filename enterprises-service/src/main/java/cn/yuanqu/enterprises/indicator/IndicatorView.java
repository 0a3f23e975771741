package cn.yuanqu.enterprises.indicator;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A monthly report as the API shows it. */
@Name("MonthlyIndicator")
@Description("企业月报 / monthly report of an enterprise")
@Schema(name = "MonthlyIndicator", description = "企业月报 / monthly report of an enterprise")
public record IndicatorView(
        @NonNull @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("月份 YYYY-MM / month") String month,
        @NonNull @Description("指标（当月值） / figures of the month") IndicatorValues values,
        @NonNull @Description("来源 ENTERPRISE/OFFICER/DEPARTMENT / source") String source,
        @NonNull @Description("版本号 / version") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {

    static IndicatorView of(MonthlyIndicator m) {
        return new IndicatorView(m.getEnterpriseId().toString(), m.getMonth(), m.values(), m.getSource().name(),
                m.getVersion(), m.getUpdatedAt());
    }
}
