package cn.yuanqu.gateway.land;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A recorded step of a land case, with the document issued (留痕). */
@Description("处置案件记录 / a step of a land case")
public record LandCaseEvent(
        @Description("原状态 / from") LandCaseStatus from,
        @NonNull @Description("新状态 / to") LandCaseStatus to,
        @NonNull @Description("新状态名称 / to, name") String toName,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("说明 / text") String text,
        @Description("文书 / document") LandDocumentType documentType,
        @Description("文书名称 / document name") String documentName,
        @Description("文书编号 / document number") String documentNo,
        @NonNull @Description("记录人 / actor") String actor,
        @NonNull @Description("记录时间 / recorded at") OffsetDateTime recordedAt) {
}
