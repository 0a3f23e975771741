package cn.yuanqu.safety.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.clients.enterprises.CallerToken;
import cn.yuanqu.clients.enterprises.EnterpriseDirectory;
import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ConflictException;
import cn.yuanqu.platform.error.DatabaseErrors;
import cn.yuanqu.platform.error.InvalidInputException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * Safety responsibility (安全生产主体责任): letters per enterprise and year, trainings and warning-education
 * sessions with the enterprises that attended, emergency drills — and the two to-do lists: operating
 * enterprises without a letter this year, new enterprises not yet trained. Enterprises are checked in
 * enterprises-service (the park's ledger, read with the caller's token, before any transaction).
 */
@ApplicationScoped
public class DutyService {

    private final DutyRepository duties;
    private final EnterpriseDirectory enterprises;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public DutyService(DutyRepository duties, EnterpriseDirectory enterprises, AuditTrail audit, ParkContext parks,
            SecurityIdentity identity, Clock clock) {
        this.duties = duties;
        this.enterprises = enterprises;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<LetterView>> letters(String park, int year) {
        requireYear(year);
        return duties.letters(parks.scope().resolve(park), year).map(l -> l.stream().map(LetterView::of).toList());
    }

    /** Records a letter (one per enterprise and year: a second is 409). */
    public Uni<LetterView> sign(String park, @NotNull @Valid LetterInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        UUID enterpriseId = Ids.parse(input.enterpriseId(), "enterpriseId");
        String actor = scope.actor();
        return enterprises.require(CallerToken.bearer(identity), enterpriseId, resolved).flatMap(e -> Panache.withTransaction(
                () -> duties.letterExists(resolved, enterpriseId, input.year()).flatMap(exists -> {
                    if (exists) {
                        throw duplicateLetter();
                    }
                    Letter l = Letter.of(resolved, enterpriseId, e.name(), input, actor, OffsetDateTime.now(clock));
                    return duties.persistAndFlush(l).map(LetterView::of)
                            .call(v -> audit.record(resolved, "responsibility-letter", v.id(), "sign", actor, null, v, null));
                }))).onFailure(DatabaseErrors::isUniqueViolation).transform(f -> duplicateLetter());
    }

    /** The park's operating enterprises without a letter for {@code year}. */
    public Uni<List<UnmetDuty>> withoutLetter(String park, int year) {
        requireYear(year);
        String resolved = parks.scope().resolve(park);
        return enterprises.operating(CallerToken.bearer(identity), resolved).flatMap(all -> Panache.withSession(
                () -> duties.letters(resolved, year)).map(letters -> {
                    Set<UUID> signed = new HashSet<>();
                    letters.forEach(l -> signed.add(l.getEnterpriseId()));
                    return all.stream().filter(e -> !signed.contains(UUID.fromString(e.id())))
                            .map(e -> new UnmetDuty(e.id(), e.name(), e.settledOn())).toList();
                }));
    }

    @WithSession
    public Uni<List<TrainingView>> trainings(String park, LocalDate from, LocalDate to) {
        String resolved = parks.scope().resolve(park);
        return duties.trainings(resolved, from, to).flatMap(list -> duties
                .attendance(list.stream().map(Training::getId).toList())
                .map(att -> list.stream().map(t -> TrainingView.of(t, att.stream()
                        .filter(a -> a.getTrainingId().equals(t.getId())).toList())).toList()));
    }

    /** Records a session; every attendee must be an operating enterprise of the park (422 naming it). */
    public Uni<TrainingView> train(String park, @NotNull @Valid TrainingInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < input.attendees().size(); i++) {
            ids.add(Ids.parse(input.attendees().get(i).enterpriseId(), "attendees[" + i + "].enterpriseId"));
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new RuleViolationException(List.of(new Violation("attendees", "Unique", "参加企业重复",
                    "an enterprise is listed twice")));
        }
        return enterprises.operating(CallerToken.bearer(identity), resolved).flatMap(all -> {
            Map<UUID, String> names = new HashMap<>();
            all.forEach(e -> names.put(UUID.fromString(e.id()), e.name()));
            List<Violation> bad = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if (!names.containsKey(ids.get(i))) {
                    bad.add(new Violation("attendees[" + i + "].enterpriseId", "Exists", "本园区没有该在营企业",
                            "no such operating enterprise in this park"));
                }
            }
            if (!bad.isEmpty()) {
                throw new RuleViolationException(bad);
            }
            return Panache.withTransaction(() -> {
                Training t = Training.of(resolved, input, actor, OffsetDateTime.now(clock));
                List<Attendance> attendance = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    attendance.add(Attendance.of(t.getId(), ids.get(i), names.get(ids.get(i)),
                            input.attendees().get(i).people()));
                }
                return duties.save(t).chain(() -> duties.getSession().flatMap(s -> s.persistAll(attendance.toArray())))
                        .chain(() -> duties.flush()).map(v -> TrainingView.of(t, attendance))
                        .call(v -> audit.record(resolved, "training", v.id(), "record", actor, null, v, null));
            });
        });
    }

    /** Operating enterprises that settled on or after {@code since} and attended no session since they settled. */
    public Uni<List<UnmetDuty>> untrained(String park, LocalDate since) {
        String resolved = parks.scope().resolve(park);
        return enterprises.operating(CallerToken.bearer(identity), resolved).flatMap(all -> Panache.withSession(
                () -> duties.attendedSince(resolved, since)).map(rows -> {
                    Map<UUID, LocalDate> lastAttended = new HashMap<>();
                    rows.forEach(r -> lastAttended.merge((UUID) r[0], (LocalDate) r[1], (a, b) -> a.isAfter(b) ? a : b));
                    return all.stream()
                            .filter(e -> e.settledOn() != null && !e.settledOn().isBefore(since))
                            .filter(e -> {
                                LocalDate attended = lastAttended.get(UUID.fromString(e.id()));
                                return attended == null || attended.isBefore(e.settledOn());
                            })
                            .map(e -> new UnmetDuty(e.id(), e.name(), e.settledOn())).toList();
                }));
    }

    @WithSession
    public Uni<List<DrillView>> drills(String park, LocalDate from, LocalDate to) {
        return duties.drills(parks.scope().resolve(park), from, to).map(l -> l.stream().map(DrillView::of).toList());
    }

    public Uni<DrillView> drill(String park, @NotNull @Valid DrillInput input) {
        ParkScope scope = parks.scope();
        String resolved = scope.resolve(park);
        String actor = scope.actor();
        UUID enterpriseId = input.enterpriseId() == null || input.enterpriseId().isBlank() ? null
                : Ids.parse(input.enterpriseId(), "enterpriseId");
        Uni<String> name = enterpriseId == null ? Uni.createFrom().nullItem()
                : enterprises.require(CallerToken.bearer(identity), enterpriseId, resolved).map(e -> e.name());
        return name.flatMap(n -> Panache.withTransaction(() -> {
            Drill d = Drill.of(resolved, enterpriseId, n, input, actor, OffsetDateTime.now(clock));
            return duties.save(d).chain(() -> duties.flush()).map(v -> DrillView.of(d))
                    .call(v -> audit.record(resolved, "drill", v.id(), "record", actor, null, v, null));
        }));
    }


    static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(List.of(new Violation("year", "Range", "年度须在2000–2100之间",
                    "year must be between 2000 and 2100")));
        }
    }

    private static ConflictException duplicateLetter() {
        return new ConflictException("duplicate-letter", "该企业本年度已签订责任状", "the enterprise already signed for that year",
                List.of(new Violation("enterpriseId", "UniquePerYear", "该企业本年度已签订责任状",
                        "the enterprise already signed for that year")));
    }
}
