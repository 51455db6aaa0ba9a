package io.tradingsuite.systemtests.support;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;

/**
 * Which database the services of a run use. By default each service keeps H2 files in the run's data folder
 * (the zero-setup local default). With {@code -Dts.system-tests.db=postgres} the services run with the
 * {@code postgres} profile against a fresh database {@code st_<random>} on the local PostgreSQL
 * ({@code ts.system-tests.pg-url}, default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user
 * {@code postgres}, trust authentication), dropped again when the run ends.
 */
public final class StackDatabase implements AutoCloseable {

    private final Map<String, String> environment;
    private final String adminUrl;
    private final String databaseName;

    private StackDatabase(Map<String, String> environment, String adminUrl, String databaseName) {
        this.environment = environment;
        this.adminUrl = adminUrl;
        this.databaseName = databaseName;
    }

    /** Chooses the database from the {@code ts.system-tests.db} system property. */
    static StackDatabase fromSystemProperties(Path runDir) {
        String kind = System.getProperty("ts.system-tests.db", "h2").trim();
        if (!kind.equals("postgres")) {
            return new StackDatabase(Map.of("TS_DATA_DIR", runDir.resolve("data").toString()), null, null);
        }
        String adminUrl = System.getProperty("ts.system-tests.pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        byte[] suffix = new byte[5];
        new SecureRandom().nextBytes(suffix);
        String name = "st_" + HexFormat.of().formatHex(suffix);
        execute(adminUrl, "CREATE DATABASE " + name);
        return new StackDatabase(Map.of("TS_DATA_DIR", runDir.resolve("data").toString(),
                "SPRING_PROFILES_ACTIVE", "postgres", "TS_DB_NAME", name), adminUrl, name);
    }

    /** Environment variables the services get. */
    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void close() {
        if (databaseName != null) {
            execute(adminUrl, "DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql, e);
        }
    }
}
