package cn.yuanqu.enterprises.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A fingerprint of every row of the service's tables, to prove that a rejected request wrote
 * nothing: take one before, one after, compare.
 */
public final class DatabaseSnapshot {

    static final List<String> TABLES = List.of("enterprise", "enterprise_transition", "audit_entry", "qualification",
            "cultivation_entry", "cultivation_event", "monthly_indicator", "visit", "service_request",
            "service_request_event", "agency_matter", "loan", "loan_recovery", "policy_payout", "eligibility_settings",
            "eligibility_fact");

    private DatabaseSnapshot() {
    }

    /** Table → row count and an md5 over all rows. */
    public static Map<String, String> take() {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getValue("quarkus.datasource.password", String.class);
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                        + table + " t")) {
                    rs.next();
                    result.put(table, rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database", e);
        }
        return result;
    }
}
