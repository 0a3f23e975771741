package cn.yuanqu.enterprises.indicator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Row counts of the indicator table (the snapshot helper covers the registry's tables). */
final class DatabaseSnapshotRows {

    private DatabaseSnapshotRows() {
    }

    /** Reports of the batch-validation test's year (2023); none may exist after a refused batch. */
    static long indicators() {
        Config c = ConfigProvider.getConfig();
        try (Connection con = DriverManager.getConnection(c.getValue("quarkus.datasource.jdbc.url", String.class),
                c.getValue("quarkus.datasource.username", String.class),
                c.getValue("quarkus.datasource.password", String.class));
                Statement s = con.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from monthly_indicator where month like '2023-%'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
