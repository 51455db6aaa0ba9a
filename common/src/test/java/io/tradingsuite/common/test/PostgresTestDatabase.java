package io.tradingsuite.common.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The real PostgreSQL used by integration tests: 127.0.0.1:5432, database {@code test}, user {@code postgres},
 * trust authentication ({@code .ci/run} makes sure it runs). Override with env {@code TS_TEST_PG_URL}/
 * {@code TS_TEST_PG_USER}. Each service's tests use their own schema, dropped and recreated per test class.
 */
public final class PostgresTestDatabase {

    public static final String URL = System.getenv().getOrDefault("TS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getenv().getOrDefault("TS_TEST_PG_USER", "postgres");

    private PostgresTestDatabase() {
    }

    /**
     * Drops {@code <base>_<pid>} schemas whose JVM is gone (dropping at exit would wait on the still-open pool of the
     * exiting application context).
     */
    private static void dropSchemasOfFinishedRuns(String baseSchema) {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            var names = new java.util.ArrayList<String>();
            try (var rs = c.createStatement().executeQuery(
                    "select schema_name from information_schema.schemata where schema_name like '" + baseSchema + "\\_%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                String suffix = name.substring(baseSchema.length() + 1);
                if (suffix.matches("[0-9]+") && ProcessHandle.of(Long.parseLong(suffix)).isEmpty()) {
                    c.createStatement().execute("drop schema if exists " + name + " cascade");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " is not reachable: start it (see .ci/run)", e);
        }
    }

    public static String jdbcUrl(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops and recreates the schema, so every test class starts from empty tables (Flyway then migrates). */
    public static void resetSchema(String schema) {
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad schema name " + schema);
        }
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
            c.createStatement().execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " is not reachable: start it (see .ci/run)", e);
        }
    }

    /**
     * Spring properties pointing a service at a fresh schema named {@code <base>_<pid>} (so parallel builds on one
     * machine never share tables; schemas of finished runs are dropped on the next run): use from a
     * {@code @DynamicPropertySource} method.
     */
    public static Map<String, String> springProperties(String baseSchema) {
        String schema = baseSchema + "_" + ProcessHandle.current().pid();
        dropSchemasOfFinishedRuns(baseSchema);
        resetSchema(schema);
        return Map.of(
                "spring.datasource.url", jdbcUrl(schema),
                "spring.datasource.username", USER,
                "spring.datasource.password", "",
                "spring.flyway.schemas", schema,
                "spring.flyway.default-schema", schema);
    }
}
