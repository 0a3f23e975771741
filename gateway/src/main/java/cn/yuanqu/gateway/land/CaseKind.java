package cn.yuanqu.gateway.land;

/**
 * {@link LandCaseKind} under land-service's own name, for {@link LandLedgerApi}'s arguments only: the typed client
 * names an enum argument's type by its Java simple name. Not part of the gateway's schema.
 */
enum CaseKind {
    IDLE, INEFFICIENT, CHANGED_USE, ZOMBIE;

    static CaseKind of(LandCaseKind kind) {
        return kind == null ? null : valueOf(kind.name());
    }
}
