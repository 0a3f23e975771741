package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An idle or inefficient land case (闲置低效用地处置), as land-service shows it. */
@Description("闲置低效用地处置案件 / an idle or inefficient land case")
public record LandCase(
        @NonNull @Id @Description("案件ID / case id") String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("类型 / kind") LandCaseKind kind,
        @NonNull @Description("类型名称 / kind name") String kindName,
        @NonNull @Id @Description("宗地ID / parcel") String parcelId,
        @NonNull @Description("宗地编号 / parcel code") String parcelCode,
        @NonNull @Description("宗地名称 / parcel name") String parcelName,
        @NonNull @Description("宗地面积（亩） / parcel area") BigDecimal parcelAreaMu,
        @Id @Description("使用权企业ID / holder") String holderId,
        @Description("使用权企业 / holder name") String holderName,
        @NonNull @Description("状态 / status") LandCaseStatus status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @NonNull @Description("状态起始日期 / since") LocalDate statusSince,
        @NonNull @Description("立案日期 / opened on") LocalDate openedOn,
        @Description("认定的原因 / cause determined") IdleCause cause,
        @Description("政府原因类别 / government-caused reason") GovernmentCause governmentCause,
        @Description("处置方式 / method decided") LandDisposalMethod method,
        @Description("处置方式名称 / method name") String methodName,
        @Description("决定内容 / decision") String decision,
        @Description("土地闲置费（元） / idle fee") BigDecimal idleFee,
        @Description("处置面积（亩） / area disposed") BigDecimal areaDisposedMu,
        @Id @Description("承接企业ID / enterprise taking over") String takeoverId,
        @Description("承接企业 / enterprise taking over, name") String takeoverName,
        @Description("支付补偿金额（元） / amount paid") BigDecimal amountPaid,
        @Description("收回/收缴金额（元） / amount recovered") BigDecimal amountRecovered,
        @Description("处置完成日期 / disposed on") LocalDate disposedOn,
        @Description("规则引擎建议（最近一次） / the rule engine's latest suggestion") IdleAssessment suggestion,
        @NonNull @Description("版本号（乐观锁，下一步时传回） / version, pass it back for the next step") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
