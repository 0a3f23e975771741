package cn.yuanqu.gateway.enterprises.finance;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/**
 * Loans under park schemes (财园信贷通 …) and policy payouts (惠企政策兑现) in enterprises-service's subgraph, as a typed GraphQL client with its own config key (a typed
 * client's model is per key). Package-private: only {@link FinanceClient} uses it. Every call carries the
 * caller's {@code Authorization} header.
 */
@GraphQLClientApi(configKey = "enterprises-finance")
interface FinanceApi {

    @Query("loans")
    Uni<LoanPage> loans(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("enterpriseId") @Id String enterpriseId,
            @Name("scheme") LoanScheme scheme,
            @Name("status") LoanStatus status,
            @Name("issuedFrom") LocalDate issuedFrom,
            @Name("issuedTo") LocalDate issuedTo,
            @Name("overdue") Boolean overdue,
            @Name("page") Integer page,
            @Name("size") Integer size,
            @Name("sort") String sort);

    @Query("loan")
    Uni<Loan> loan(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id);

    @Query("policyPayouts")
    Uni<PayoutPage> policyPayouts(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("enterpriseId") @Id String enterpriseId,
            @Name("from") LocalDate from,
            @Name("to") LocalDate to,
            @Name("policy") String policy,
            @Name("page") Integer page,
            @Name("size") Integer size);

    @Mutation("issueLoan")
    Uni<Loan> issueLoan(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("input") @NonNull LoanInput input);

    @Mutation("correctLoan")
    Uni<Loan> correctLoan(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version,
            @Name("input") @NonNull LoanInput input);

    @Mutation("moveLoan")
    Uni<Loan> moveLoan(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("version") @NonNull Long version,
            @Name("step") @NonNull LoanTransitionInput step);

    @Mutation("recoverLoan")
    Uni<Loan> recoverLoan(@Header(name = "Authorization") String authorization,
            @Name("id") @NonNull @Id String id,
            @Name("input") @NonNull RecoveryInput input);

    @Mutation("payPolicy")
    Uni<PolicyPayout> payPolicy(@Header(name = "Authorization") String authorization,
            @Name("park") String park,
            @Name("input") @NonNull PayoutInput input);
}
