package cn.yuanqu.platform.time;

import java.time.Clock;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

/**
 * The clock of Bean Validation's temporal constraints ({@code @PastOrPresent} …): the business time zone,
 * not the JVM's. Without it, between 00:00 and 08:00 in Asia/Shanghai a date of "today" was refused as
 * being in the future on a server running in UTC. Quarkus picks the bean up for its ValidatorFactory.
 */
@Singleton
public class BusinessClockProvider implements ClockProvider {

    @Override
    public Clock getClock() {
        return Clock.system(ClockProducer.ZONE);
    }
}
