package cn.yuanqu.gateway.land;

/**
 * {@link LandCaseStatus} under land-service's own name, for {@link LandLedgerApi}'s arguments only: the typed client
 * names an enum argument's type by its Java simple name. Not part of the gateway's schema.
 */
enum CaseStatus {
    INVESTIGATING, DETERMINED, NOTIFIED, DECIDED, EXECUTING, DISPOSED, WITHDRAWN;

    static CaseStatus of(LandCaseStatus status) {
        return status == null ? null : valueOf(status.name());
    }
}
