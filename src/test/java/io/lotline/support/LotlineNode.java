package io.lotline.support;

import io.lotline.LotlineApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Lotline node on a MariaDB database: the whole application, with its own web server (a free port) and job
 * executor, started as README's "Running several nodes" says. Several on one database are a cluster.
 */
public final class LotlineNode implements AutoCloseable {
    private final ConfigurableApplicationContext context;

    private LotlineNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts a node; {@code settings} are further {@code --name=value} arguments. The scheduled jobs are off (the
     * caller runs them when it wants), and the audit checkpoints go to the database's own directory.
     */
    public static LotlineNode start(String name, MariaDbTestServer.Database db, String... settings) {
        // As arguments, like a node started from the command line: they come before the profile's properties.
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--lotline.admin-password=" + OnMariaDb.ADMIN_PASSWORD,
                "--lotline.node-name=" + name,
                "--lotline.audit.checkpoint-dir=" + db.checkpointDirectory(),
                "--lotline.audit.checkpoint-cron=-",
                "--lotline.expiry.cron=-"));
        arguments.addAll(List.of(settings));
        return new LotlineNode(new SpringApplicationBuilder(LotlineApplication.class).profiles("mariadb")
                .run(arguments.toArray(String[]::new)));
    }

    public Api api() {
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
