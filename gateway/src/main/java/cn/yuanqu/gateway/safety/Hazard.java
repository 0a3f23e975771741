package cn.yuanqu.gateway.safety;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A hazard as the API shows it; {@code overdue} is computed for today, {@code supervised} from its level. */
@Description("隐患 / a hazard")
public record Hazard(
        @NonNull @Id @Description("隐患ID / hazard id") String id,
        @NonNull @Description("园区 / park") String park,
        @Id @Description("检查记录ID（检查中发现的） / the inspection it was found in") String inspectionId,
        @Id @Description("监测样品ID（监测超标生成的） / the sample whose exceedance raised it") String sampleId,
        @Id @Description("企业ID（园区公共监测点超标为空） / enterprise id; empty for the zone's own monitoring points") String enterpriseId,
        @Description("企业名称 / enterprise name") String enterpriseName,
        @NonNull @Description("等级 / level") HazardLevel level,
        @NonNull @Description("等级名称 / level name") String levelName,
        @NonNull @Description("命中的重大隐患判定标准 / criteria matched") List<@NonNull String> criteria,
        @NonNull @Description("是否挂牌督办（重大隐患） / under supervision") Boolean supervised,
        @NonNull @Description("类别 / category") String category,
        @Description("部位 / location") String location,
        @NonNull @Description("描述 / description") String description,
        @NonNull @Description("发现日期 / found on") LocalDate foundOn,
        @NonNull @Description("整改期限 / deadline") LocalDate deadline,
        @NonNull @Description("整改责任人 / responsible person") String responsiblePerson,
        @Description("文书 / notice") NoticeType noticeType,
        @Description("文书编号 / notice number") String noticeNo,
        @NonNull @Description("状态 / status") HazardStatus status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @NonNull @Description("当前状态起始日期 / since") LocalDate statusSince,
        @Description("治理方案：目标 / plan: goals") String planGoals,
        @Description("治理方案：措施 / plan: measures") String planMeasures,
        @Description("治理方案：经费（元） / plan: funds") BigDecimal planFunds,
        @Description("治理方案：人员 / plan: people") String planPeople,
        @Description("治理方案：时限 / plan: deadline") LocalDate planDeadline,
        @Description("治理方案：应急措施 / plan: emergency measures") String planEmergencyMeasures,
        @Description("现场复查通过人（待销号审批） / on-site reviewer awaiting the closing approval") String reviewedBy,
        @Description("复查日期 / reviewed on") LocalDate reviewedOn,
        @Description("销号日期 / closed on") LocalDate closedOn,
        @Description("销号人 / closed by") String closedBy,
        @NonNull @Description("今天是否逾期 / overdue today") Boolean overdue,
        @NonNull @Description("版本号 / version") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
