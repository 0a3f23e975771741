package cn.yuanqu.platform.error;

import java.sql.SQLException;

import io.vertx.pgclient.PgException;

/** Recognises database failures that are answers to the client, not bugs. */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** A unique constraint refused the write (PostgreSQL 23505), e.g. two concurrent duplicates. */
    public static boolean isUniqueViolation(Throwable failure) {
        return hasState(failure, "23505", 0);
    }

    /**
     * Walks causes and suppressed failures: Hibernate Reactive reports the driver's {@link PgException}
     * either as a cause or wrapped in a {@link SQLException} carrying the same SQL state.
     */
    private static boolean hasState(Throwable t, String state, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        if ((t instanceof PgException pg && state.equals(pg.getSqlState()))
                || (t instanceof SQLException sql && state.equals(sql.getSQLState()))) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (hasState(s, state, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && hasState(t.getCause(), state, depth + 1);
    }
}
