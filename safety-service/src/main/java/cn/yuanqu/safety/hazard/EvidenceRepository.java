package cn.yuanqu.safety.hazard;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Evidence files; listings never load the content. */
@ApplicationScoped
@WithSession
public class EvidenceRepository implements PanacheRepositoryBase<EvidenceFile, UUID> {

    Uni<List<EvidenceFileView>> ofHazard(UUID hazardId) {
        return getSession().flatMap(s -> s.createQuery("""
                select new cn.yuanqu.safety.hazard.EvidenceFileView(cast(f.id as String), cast(f.rectificationId as String),
                    f.fileName, f.contentType, f.sizeBytes, f.sha256, f.uploadedBy, f.uploadedAt)
                from EvidenceFile f where f.hazardId = :h order by f.uploadedAt, f.id""", EvidenceFileView.class)
                .setParameter("h", hazardId).getResultList());
    }

    Uni<EvidenceFile> bySha(UUID rectificationId, String sha256) {
        return find("rectificationId = ?1 and sha256 = ?2", rectificationId, sha256).firstResult();
    }

    Uni<Rectification> rectificationOf(UUID id) {
        return getSession().flatMap(s -> s.find(Rectification.class, id));
    }
}
