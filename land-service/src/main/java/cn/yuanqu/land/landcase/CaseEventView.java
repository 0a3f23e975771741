package cn.yuanqu.land.landcase;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded step of a case with its document. */
@Name("LandCaseEvent")
@Description("处置案件记录 / a step of a case")
@Schema(name = "LandCaseEvent", description = "处置案件记录 / a step of a case")
public record CaseEventView(
        @Description("原状态 / from") CaseStatus from,
        @NonNull @Description("新状态 / to") CaseStatus to,
        @NonNull @Description("新状态名称 / to, name") String toName,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("文书 / document") DocumentType documentType,
        @Description("文书名称 / document name") String documentName,
        @Description("文书编号 / document number") String documentNo,
        @Description("说明 / text") String text,
        @NonNull @Description("记录人 / actor") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {

    static CaseEventView of(CaseEvent e) {
        return new CaseEventView(e.getFromStatus(), e.getToStatus(), e.getToStatus().label(), e.getOnDate(), e.getDocumentType(),
                e.getDocumentType() == null ? null : e.getDocumentType().label(), e.getDocumentNo(), e.getText(), e.getActor(),
                e.getRecordedAt());
    }
}
