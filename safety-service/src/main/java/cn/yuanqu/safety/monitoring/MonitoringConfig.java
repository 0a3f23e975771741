package cn.yuanqu.safety.monitoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of environmental monitoring. */
@ConfigMapping(prefix = "yuanqu.monitoring")
public interface MonitoringConfig {

    /** Days from the sampling day to the deadline of the hazard an exceedance raises (限期整改). */
    @WithDefault("15")
    int exceedanceDeadlineDays();
}
