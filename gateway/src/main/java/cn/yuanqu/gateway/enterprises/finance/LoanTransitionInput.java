package cn.yuanqu.gateway.enterprises.finance;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** 结清, 转不良 or 追偿终结 (enterprises-service's {@code LoanTransitionInput}). */
@Description("贷款状态变更 / loan status change")
@Input("LoanTransitionInput")
public record LoanTransitionInput(
        @NonNull @Description("目标状态 / target status") LoanStatus to,
        @NonNull @Description("日期 / date") LocalDate on,
        @Description("说明 / reason") String reason) {
}
