package cn.yuanqu.gateway.enterprises.eligibility;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A park's thresholds and where they come from (enterprises-service's {@code EligibilitySettings}). */
@Description("园区预评门槛 / a park's pre-screen thresholds")
public record EligibilitySettings(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("NATIONAL 国家标准（默认） / PARK 园区自定 / source") String source,
        @NonNull @Description("门槛 / thresholds") EligibilityThresholds thresholds,
        @Description("版本号（园区自定时） / version, when the park set its own") Long version) {
}
