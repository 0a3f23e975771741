package cn.yuanqu.enterprises.indicator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Row counts of the indicator table for one enterprise. */
final class DatabaseSnapshotRows {

    private DatabaseSnapshotRows() {
    }

    /** Reports of the enterprise with this credit code; none may exist after a refused batch. */
    static long indicatorsOf(String creditCode) {
        Config c = ConfigProvider.getConfig();
        try (Connection con = DriverManager.getConnection(c.getValue("quarkus.datasource.jdbc.url", String.class),
                c.getValue("quarkus.datasource.username", String.class),
                c.getValue("quarkus.datasource.password", String.class));
                PreparedStatement s = con.prepareStatement("select count(*) from monthly_indicator m"
                        + " join enterprise e on e.id = m.enterprise_id where e.credit_code = ?")) {
            s.setString(1, creditCode);
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
