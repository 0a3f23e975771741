package cn.yuanqu.gateway.land;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A park's disposal target for a year. */
@Description("年度闲置低效用地处置目标 / a year's disposal target")
public record DisposalTarget(
        @NonNull @Description("园区 / park") String park,
        @NonNull @Description("年度 / year") Integer year,
        @NonNull @Description("处置比例（年初存量的比例） / share of the stock at the start of the year") BigDecimal clearedShare,
        @Description("说明 / note") String note,
        @NonNull @Description("设定人 / set by") String updatedBy,
        @NonNull @Description("设定时间 / set at") OffsetDateTime updatedAt,
        @NonNull @Description("版本号 / version") Long version) {
}
