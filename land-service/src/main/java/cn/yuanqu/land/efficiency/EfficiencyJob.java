package cn.yuanqu.land.efficiency;

import java.time.Clock;
import java.time.Year;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The yearly 亩产效益 run: on the schedule {@code yuanqu.land.efficiency.cron} (03:00 on 1 March, Beijing
 * time, when the year's reports are in), every park where anyone holds land whose previous year has not
 * been evaluated yet is evaluated with the service's own token. A park that fails is logged and left for
 * an officer (or the next run); the others go on.
 */
@ApplicationScoped
public class EfficiencyJob {

    static final String ACTOR = "system:efficiency-job";
    private static final Logger LOG = Logger.getLogger(EfficiencyJob.class);

    private final EfficiencyService service;
    private final EfficiencyRepository repository;
    private final Clock clock;

    public EfficiencyJob(EfficiencyService service, EfficiencyRepository repository, Clock clock) {
        this.service = service;
        this.repository = repository;
        this.clock = clock;
    }

    @Scheduled(identity = "efficiency-yearly", cron = "{yuanqu.land.efficiency.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> yearly() {
        return evaluateLastYear().replaceWithVoid();
    }

    /** Evaluates last year in each park that has not been evaluated for it; the number of parks evaluated. */
    Uni<Integer> evaluateLastYear() {
        int year = Year.now(clock).getValue() - 1;
        return repository.parksWithHolders().onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(park -> repository.evaluation(park, year).flatMap(done -> done != null
                        ? Uni.createFrom().item(0)
                        : service.run(park, year, ACTOR).replaceWith(1).onFailure().recoverWithItem(e -> {
                            LOG.errorf(e, "亩产效益 %s %d: the yearly run failed; evaluate it again from the API", park, year);
                            return 0;
                        })))
                .collect().with(Collectors.summingInt(Integer::intValue));
    }
}
