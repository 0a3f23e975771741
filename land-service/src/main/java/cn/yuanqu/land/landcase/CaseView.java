package cn.yuanqu.land.landcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.land.idle.Assessment;
import cn.yuanqu.land.idle.Cause;
import cn.yuanqu.land.idle.DisposalMethod;
import cn.yuanqu.land.idle.GovernmentCause;

/** A case as the API shows it: the parcel, the procedure, the rule engine's suggestion and the decision. */
@Name("LandCase")
@Description("闲置低效用地处置案件 / an idle or inefficient land case")
@Schema(name = "LandCase", description = "闲置低效用地处置案件 / an idle or inefficient land case")
public record CaseView(
        @NonNull @Id String id,
        @NonNull @Description("园区 / park") String park,
        @NonNull @Id @Description("宗地ID / parcel") String parcelId,
        @NonNull @Description("宗地编号 / parcel code") String parcelCode,
        @NonNull @Description("宗地名称 / parcel name") String parcelName,
        @Id @Description("使用权企业ID / holder") String holderId,
        @Description("使用权企业 / holder name") String holderName,
        @NonNull @Description("宗地面积（亩） / parcel area") BigDecimal parcelAreaMu,
        @NonNull @Description("类型 / kind") CaseKind kind,
        @NonNull @Description("类型名称 / kind name") String kindName,
        @NonNull @Description("状态 / status") CaseStatus status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @NonNull @Description("状态起始日期 / since") LocalDate statusSince,
        @NonNull @Description("立案日期 / opened on") LocalDate openedOn,
        @Description("认定的原因 / cause determined") Cause cause,
        @Description("政府原因类别 / government-caused reason") GovernmentCause governmentCause,
        @Description("规则引擎建议（最近一次） / the rule engine's latest suggestion") Assessment suggestion,
        @Description("处置方式 / method decided") DisposalMethod method,
        @Description("处置方式名称 / method name") String methodName,
        @Description("决定内容 / decision") String decision,
        @Description("土地闲置费（元） / idle fee") BigDecimal idleFee,
        @Description("处置面积（亩） / area disposed") BigDecimal areaDisposedMu,
        @Id @Description("承接企业ID / enterprise taking over") String takeoverId,
        @Description("承接企业 / enterprise taking over") String takeoverName,
        @Description("收回/收缴金额（元） / amount recovered") BigDecimal amountRecovered,
        @Description("支付补偿金额（元） / amount paid") BigDecimal amountPaid,
        @Description("处置完成日期 / disposed on") LocalDate disposedOn,
        @NonNull @Description("版本号 / version") Long version,
        @NonNull @Description("更新时间 / updated at") OffsetDateTime updatedAt) {
}
