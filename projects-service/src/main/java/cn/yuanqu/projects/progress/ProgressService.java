package cn.yuanqu.projects.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ConflictException;
import cn.yuanqu.platform.error.DatabaseErrors;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;
import cn.yuanqu.projects.project.Project;
import cn.yuanqu.projects.project.ProjectService;
import cn.yuanqu.projects.project.ProjectStage;

/**
 * Progress reports (进度填报): one per project and date, cumulative figures that never go backwards
 * between consecutive reports. Writers of one project are serialised by locking the project row.
 */
@ApplicationScoped
public class ProgressService {

    static final String ENTITY = "progress-report";

    private final ProgressRepository reports;
    private final ProjectService projects;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final Clock clock;

    public ProgressService(ProgressRepository reports, ProjectService projects, AuditTrail audit, ParkContext parks,
            Clock clock) {
        this.reports = reports;
        this.projects = projects;
        this.audit = audit;
        this.parks = parks;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<ProgressView>> ofProject(String projectId) {
        return projects.visible(parks.scope(), Ids.parse(projectId, "id"))
                .flatMap(p -> reports.ofProject(p.getId()))
                .map(list -> list.stream().map(ProgressView::of).toList());
    }

    /** The latest report of each project asked for (null where none), in one query. */
    @WithSession
    public Uni<List<ProgressView>> latestOf(List<UUID> projectIds) {
        return reports.latestOf(projectIds).map(found -> {
            Map<UUID, ProgressView> byProject = new HashMap<>();
            found.forEach(r -> byProject.put(r.getProjectId(), ProgressView.of(r)));
            return projectIds.stream().map(byProject::get).toList();
        });
    }

    @WithTransaction
    public Uni<ProgressView> report(String projectId, @NotNull @Valid ProgressInput input) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return projects.lockVisible(scope, Ids.parse(projectId, "id")).flatMap(p -> {
            checkProject(p, input);
            return reports.exists(p.getId(), input.reportDate()).flatMap(exists -> {
                if (exists) {
                    throw duplicate();
                }
                return checkMonotonic(p.getId(), input);
            }).flatMap(v -> reports.persistAndFlush(ProgressReport.of(UUID.randomUUID(), p.getParkId(), p.getId(), input,
                    actor, now)))
                    .map(ProgressView::of)
                    .call(view -> audit.record(p.getParkId(), ENTITY, view.id(), "report", actor, null, view, null));
        }).onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicate());
    }

    /** Corrects a report's figures (its date is its identity); optimistic locking. */
    @WithTransaction
    public Uni<ProgressView> correct(String projectId, String reportId, long expectedVersion,
            @NotNull @Valid ProgressInput input) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        UUID rid = Ids.parse(reportId, "reportId");
        return projects.lockVisible(scope, Ids.parse(projectId, "id")).flatMap(p -> reports.findById(rid).flatMap(r -> {
            if (r == null || !r.getProjectId().equals(p.getId())) {
                throw new NotFoundException("进度填报", "progress report", rid);
            }
            if (r.getVersion() != expectedVersion) {
                throw new StaleVersionException(ENTITY, rid, expectedVersion, r.getVersion());
            }
            if (!r.getReportDate().equals(input.reportDate())) {
                throw new RuleViolationException(List.of(new Violation("reportDate", "Unchangeable",
                        "填报日期不能修改（请删除后重新填报）", "a report's date cannot change")));
            }
            checkProject(p, input);
            ProgressView before = ProgressView.of(r);
            return checkMonotonic(p.getId(), input).flatMap(v -> {
                r.correct(input, actor, OffsetDateTime.now(clock));
                return reports.flush();
            }).map(v -> ProgressView.of(r))
                    .call(after -> audit.record(p.getParkId(), ENTITY, after.id(), "correct", actor, before, after, null));
        }));
    }

    private static void checkProject(Project p, ProgressInput input) {
        List<Violation> bad = new ArrayList<>();
        if (p.getStage() == ProjectStage.TERMINATED) {
            bad.add(new Violation("projectId", "NotTerminated", "已终止的项目不再填报进度",
                    "a terminated project no longer reports progress"));
        }
        if (input.reportDate().isBefore(p.getSignedOn())) {
            bad.add(new Violation("reportDate", "NotBeforeSigning", "填报日期不能早于签约（立项）日期（" + p.getSignedOn() + "）",
                    "cannot be before the project was signed (" + p.getSignedOn() + ")"));
        }
        if (!bad.isEmpty()) {
            throw new RuleViolationException(bad);
        }
    }

    /** Cumulative figures lie between those of the previous and the next report. */
    private Uni<Void> checkMonotonic(UUID projectId, ProgressInput input) {
        return reports.before(projectId, input.reportDate()).flatMap(prev -> reports.after(projectId, input.reportDate())
                .map(next -> {
                    List<Violation> bad = new ArrayList<>();
                    between(bad, "cumulativeInvestment", "累计完成投资", input.cumulativeInvestment(), prev, next,
                            ProgressReport::getCumulativeInvestment);
                    between(bad, "imageProgress", "形象进度", input.imageProgress(), prev, next, ProgressReport::getImageProgress);
                    between(bad, "pipeKm", "累计管网", input.pipeKm(), prev, next, ProgressReport::getPipeKm);
                    between(bad, "roadKm", "累计道路", input.roadKm(), prev, next, ProgressReport::getRoadKm);
                    between(bad, "levelledMu", "累计平整土地", input.levelledMu(), prev, next, ProgressReport::getLevelledMu);
                    between(bad, "factoryM2", "累计建成厂房", input.factoryM2(), prev, next, ProgressReport::getFactoryM2);
                    if (!bad.isEmpty()) {
                        throw new RuleViolationException(bad);
                    }
                    return null;
                }));
    }

    private static void between(List<Violation> bad, String field, String nameZh, BigDecimal value, ProgressReport prev,
            ProgressReport next, Function<ProgressReport, BigDecimal> figure) {
        if (value == null) {
            return;
        }
        BigDecimal low = prev == null ? null : figure.apply(prev);
        BigDecimal high = next == null ? null : figure.apply(next);
        if (low != null && value.compareTo(low) < 0) {
            bad.add(new Violation(field, "NotBelowPrevious", nameZh + "为累计数，不能低于上次填报（" + prev.getReportDate() + "："
                    + low.toPlainString() + "）", "cumulative: cannot be below the previous report (" + prev.getReportDate()
                            + ": " + low.toPlainString() + ")"));
        }
        if (high != null && value.compareTo(high) > 0) {
            bad.add(new Violation(field, "NotAboveNext", nameZh + "为累计数，不能高于之后的填报（" + next.getReportDate() + "："
                    + high.toPlainString() + "）", "cumulative: cannot be above the later report (" + next.getReportDate()
                            + ": " + high.toPlainString() + ")"));
        }
    }

    private static ConflictException duplicate() {
        return new ConflictException("duplicate-progress-report", "该项目当日已有进度填报，请修改原填报",
                "the project already has a report for that date; correct it instead",
                List.of(new Violation("reportDate", "Unique", "该日期已有填报", "a report exists for that date")));
    }
}
