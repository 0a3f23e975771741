package cn.yuanqu.platform.error;

import io.vertx.pgclient.PgException;

/** Recognises database failures that are answers to the client, not bugs. */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** A unique constraint refused the write (PostgreSQL 23505), e.g. two concurrent duplicates. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
