package cn.yuanqu.safety.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.clients.enterprises.CallerToken;
import cn.yuanqu.clients.enterprises.EnterpriseDirectory;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ConflictException;
import cn.yuanqu.platform.error.DatabaseErrors;
import cn.yuanqu.platform.error.IllegalTransitionException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.StaleVersionException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/** Inspection-feedback items (督察反馈问题): recorded, rectified, closed (销号) or sent back; overdue computed. */
@ApplicationScoped
public class FeedbackService {

    static final String ENTITY = "feedback-item";

    private final FeedbackRepository items;
    private final EnterpriseDirectory enterprises;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public FeedbackService(FeedbackRepository items, EnterpriseDirectory enterprises, AuditTrail audit, ParkContext parks,
            SecurityIdentity identity, Clock clock) {
        this.items = items;
        this.enterprises = enterprises;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<FeedbackView>> list(String park, FeedbackStatus status, FeedbackSource source, Boolean overdue) {
        LocalDate today = LocalDate.now(clock);
        return items.list(parks.scope().resolve(park), status, source, Boolean.TRUE.equals(overdue), today)
                .map(l -> l.stream().map(f -> FeedbackView.of(f, today)).toList());
    }

    /** Records an item; an enterprise concerned is checked in enterprises-service first. */
    public Uni<FeedbackView> record(String park, @NotNull @Valid FeedbackInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        LocalDate today = LocalDate.now(clock);
        UUID enterpriseId = input.enterpriseId() == null || input.enterpriseId().isBlank() ? null
                : Ids.parse(input.enterpriseId(), "enterpriseId");
        if (input.receivedOn() != null && input.deadline().isBefore(input.receivedOn())) {
            throw new RuleViolationException(List.of(new Violation("deadline", "NotBeforeReceived",
                    "整改时限不能早于交办日期", "cannot be before the item was received")));
        }
        Uni<String> name = enterpriseId == null ? Uni.createFrom().nullItem()
                : enterprises.require(CallerToken.bearer(identity), enterpriseId, resolved).map(e -> e.name());
        return name.flatMap(n -> Panache.withTransaction(() -> items.codeTaken(resolved, input.code().strip())
                .flatMap(taken -> {
                    if (taken) {
                        throw duplicateCode();
                    }
                    FeedbackItem f = FeedbackItem.of(resolved, input, enterpriseId, n, today, actor, OffsetDateTime.now(clock));
                    return items.persistAndFlush(f).map(saved -> FeedbackView.of(saved, today))
                            .call(v -> audit.record(resolved, ENTITY, v.id(), "record", actor, null, v, null));
                }))).onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateCode());
    }

    /** 已整改 (measures required), 销号, or back to 整改中 (reason required); optimistic locking. */
    @WithTransaction
    public Uni<FeedbackView> move(String id, long expectedVersion, @NotNull @Valid FeedbackStepInput step) {
        ParkScope scope = parks.scope();
        String actor = scope.actor();
        UUID uuid = Ids.parse(id, "id");
        return items.findById(uuid).flatMap(f -> {
            if (f == null || !scope.allows(f.getParkId())) {
                throw new NotFoundException("督察反馈问题", "feedback item", uuid);
            }
            if (f.getVersion() != expectedVersion) {
                throw new StaleVersionException(ENTITY, uuid, expectedVersion, f.getVersion());
            }
            FeedbackStatus from = f.getStatus();
            if (!from.canMoveTo(step.to())) {
                throw new IllegalTransitionException("feedback", from.name(), step.to().name(),
                        "不能从「" + from.label() + "」变更为「" + step.to().label() + "」",
                        "a feedback item at " + from + " cannot move to " + step.to() + "; allowed: " + from.next());
            }
            if (step.effectiveDate().isBefore(f.getStatusSince())) {
                throw new RuleViolationException(List.of(new Violation("effectiveDate", "NotBefore",
                        "日期不能早于当前状态起始日期（" + f.getStatusSince() + "）", "cannot be before the current status began")));
            }
            if (step.to() != FeedbackStatus.CLOSED && (step.text() == null || step.text().isBlank())) {
                throw new RuleViolationException(List.of(new Violation("text", "Required",
                        step.to() == FeedbackStatus.RECTIFIED ? "须填写整改措施" : "退回须说明原因",
                        step.to() == FeedbackStatus.RECTIFIED ? "the measures are required" : "sending back needs a reason")));
            }
            LocalDate today = LocalDate.now(clock);
            FeedbackView before = FeedbackView.of(f, today);
            String text = step.text() == null ? null : step.text().strip();
            f.moveTo(step.to(), step.effectiveDate(), text, actor, OffsetDateTime.now(clock));
            return items.flush().map(v -> FeedbackView.of(f, today))
                    .call(after -> audit.record(f.getParkId(), ENTITY, after.id(), "move", actor, before, after, text));
        });
    }


    private static ConflictException duplicateCode() {
        return new ConflictException("duplicate-feedback", "问题编号已存在", "the item number is already recorded",
                List.of(new Violation("code", "Unique", "本园区已有该编号的问题", "the park already has an item of that number")));
    }
}
