package cn.yuanqu.gateway.land;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A lease with its dues and payments. */
@Description("租赁收费台账 / a lease's ledger")
public record LeaseLedger(
        @NonNull @Description("租赁 / lease") Lease lease,
        @NonNull @Description("应收 / dues") List<@NonNull LeaseDue> dues,
        @NonNull @Description("收款 / payments") List<@NonNull LeasePayment> payments) {
}
