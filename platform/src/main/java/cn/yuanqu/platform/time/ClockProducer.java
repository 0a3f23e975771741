package cn.yuanqu.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The service's clock: business dates are in Asia/Shanghai (DESIGN.md). */
@ApplicationScoped
public class ClockProducer {

    /** Business time zone of every park. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
