package cn.yuanqu.gateway.safety;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A hazard found at an enterprise (safety-service). */
@Description("隐患（安全环保服务） / a hazard, from safety-service")
public record Hazard(
        @NonNull @Id String id,
        @NonNull @Description("等级名称，如 一般隐患、重大隐患 / level") String levelName,
        @Description("隐患描述 / description") String description,
        @Description("发现日期 / found on") LocalDate foundOn,
        @Description("整改期限 / deadline") LocalDate deadline,
        @NonNull @Description("状态 / status") String status,
        @NonNull @Description("状态名称 / status name") String statusName,
        @Description("是否逾期 / overdue") Boolean overdue,
        @Description("销号日期 / closed on") LocalDate closedOn) {
}
