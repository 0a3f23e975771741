package cn.yuanqu.gateway.enterprises.indicator;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A monthly report of an enterprise (企业月报), as enterprises-service owns it. */
@Description("企业月报 / monthly report of an enterprise")
public record MonthlyIndicator(
        @NonNull @Id @Description("企业ID / enterprise id") String enterpriseId,
        @NonNull @Description("月份 YYYY-MM / month") String month,
        @NonNull @Description("指标（当月值） / figures of the month") IndicatorValues values,
        @NonNull @Description("来源 ENTERPRISE/OFFICER/DEPARTMENT / who reported it") String source,
        @NonNull @Description("版本号（更正时传回） / version, pass it back when correcting") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
