package cn.yuanqu.land.factory;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lease's ledger: its dues with what was paid against each, and the payments. */
@Name("LeaseLedger")
@Description("租赁收费台账 / a lease's ledger")
@Schema(name = "LeaseLedger", description = "租赁收费台账 / a lease's ledger")
public record LedgerView(
        @NonNull @Description("租赁 / lease") LeaseView lease,
        @NonNull @Description("应收 / dues") List<@NonNull DueView> dues,
        @NonNull @Description("收款 / payments") List<@NonNull PaymentView> payments) {
}
