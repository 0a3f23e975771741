package cn.yuanqu.enterprises.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One dated step of a request, with who and why (留痕). Never updated. */
@Entity
@Table(name = "service_request_event")
public class RequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "park_id", nullable = false, updatable = false)
    private String parkId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(name = "from_status", updatable = false)
    private String fromStatus;

    @Column(name = "to_status", nullable = false, updatable = false)
    private String toStatus;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate onDate;

    @Column(updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected RequestEvent() {
        // for Hibernate
    }

    static RequestEvent of(ServiceRequest r, RequestStatus from, LocalDate on, String text, String actor,
            OffsetDateTime now) {
        RequestEvent e = new RequestEvent();
        e.parkId = r.getParkId();
        e.requestId = r.getId();
        e.fromStatus = from == null ? null : from.name();
        e.toStatus = r.getStatus().name();
        e.onDate = on;
        e.text = text;
        e.actor = actor;
        e.recordedAt = now;
        return e;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public String getText() {
        return text;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
