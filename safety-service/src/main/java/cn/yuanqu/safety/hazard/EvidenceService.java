package cn.yuanqu.safety.hazard;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import cn.yuanqu.platform.audit.AuditTrail;
import cn.yuanqu.platform.error.ForbiddenException;
import cn.yuanqu.platform.error.IllegalTransitionException;
import cn.yuanqu.platform.error.NotFoundException;
import cn.yuanqu.platform.error.RuleViolationException;
import cn.yuanqu.platform.error.Violation;
import cn.yuanqu.platform.rest.Ids;
import cn.yuanqu.platform.tenancy.ParkContext;
import cn.yuanqu.platform.tenancy.ParkScope;

/**
 * Evidence files of rectifications, stored in PostgreSQL: JPEG, PNG or PDF recognised by content, at most
 * 10 MB each; the same file uploaded twice to a rectification is kept once (answered with the first).
 */
@ApplicationScoped
public class EvidenceService {

    private final HazardService hazards;
    private final EvidenceRepository files;
    private final AuditTrail audit;
    private final ParkContext parks;
    private final SecurityIdentity identity;
    private final Clock clock;

    public EvidenceService(HazardService hazards, EvidenceRepository files, AuditTrail audit, ParkContext parks,
            SecurityIdentity identity, Clock clock) {
        this.hazards = hazards;
        this.files = files;
        this.audit = audit;
        this.parks = parks;
        this.identity = identity;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<EvidenceFileView> upload(String hazardId, String rectificationId, String fileName, String contentType,
            byte[] content) {
        ParkScope scope = parks.scope();
        if (!scope.isEnterpriseUser() && !identity.hasRole("safety-officer") && !identity.hasRole("admin")) {
            throw new ForbiddenException("佐证由企业本身或代为登记的安全环保干部上传",
                    "evidence is uploaded by the enterprise or a safety officer for it");
        }
        UUID rid = Ids.parse(rectificationId, "rectificationId");
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        String type = declared(contentType);
        check(name, type, content);
        String sha = sha256(content);
        String actor = scope.actor();
        return hazards.visible(scope, Ids.parse(hazardId, "id")).flatMap(h -> {
            if (h.getStatus() == HazardStatus.CLOSED) {
                throw new IllegalTransitionException("hazard", h.getStatus().name(), h.getStatus().name(),
                        "已销号的隐患不能再上传佐证", "a closed hazard takes no more evidence");
            }
            return files.rectificationOf(rid).flatMap(r -> {
                if (r == null || !r.getHazardId().equals(h.getId())) {
                    throw new NotFoundException("整改记录", "rectification", rid);
                }
                return files.bySha(rid, sha).flatMap(existing -> existing != null
                        ? Uni.createFrom().item(EvidenceFileView.of(existing))
                        : files.persistAndFlush(EvidenceFile.of(h, rid, name, type, content, sha, actor,
                                OffsetDateTime.now(clock))).map(EvidenceFileView::of)
                                .call(v -> audit.record(h.getParkId(), "evidence-file", v.id(), "upload", actor, null, v, null)));
            });
        });
    }

    @WithSession
    public Uni<List<EvidenceFileView>> list(String hazardId) {
        return hazards.visible(parks.scope(), Ids.parse(hazardId, "id")).flatMap(h -> files.ofHazard(h.getId()));
    }

    @WithSession
    public Uni<EvidenceFile> download(String hazardId, String fileId) {
        UUID fid = Ids.parse(fileId, "fileId");
        return hazards.visible(parks.scope(), Ids.parse(hazardId, "id")).flatMap(h -> files.findById(fid).map(f -> {
            if (f == null || !f.getHazardId().equals(h.getId())) {
                throw new NotFoundException("佐证文件", "evidence file", fid);
            }
            return f;
        }));
    }

    /** The media type without parameters ({@code image/jpeg; charset=…} → {@code image/jpeg}). */
    static String declared(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
    }

    static void check(String name, String declared, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolationException(List.of(new Violation("file", "NotEmpty", "文件为空", "the file is empty")));
        }
        if (content.length > EvidenceTypes.MAX_BYTES) {
            throw new RuleViolationException(List.of(new Violation("file", "MaxSize", "文件不能超过10MB",
                    "a file is at most 10 MB")));
        }
        if (!EvidenceTypes.accepted(declared) || !EvidenceTypes.detect(content).map(declared::equals).orElse(false)) {
            throw new RuleViolationException(List.of(new Violation("file", "Type",
                    "只接受 JPEG、PNG 或 PDF，且内容须与类型一致", "only JPEG, PNG or PDF whose content matches the declared type")));
        }
        if (name.length() > 200) {
            throw new RuleViolationException(List.of(new Violation("name", "Size", "文件名过长", "the file name is too long")));
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
