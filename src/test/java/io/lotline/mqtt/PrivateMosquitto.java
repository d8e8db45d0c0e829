package io.lotline.mqtt;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Mosquitto of the test's own, on a free port with persistence in a temporary directory, so that a test can stop
 * and start the broker (the machine's shared one must stay up).
 */
final class PrivateMosquitto implements AutoCloseable {
    private static final Path DEBIAN_BINARY = Path.of("/usr/sbin/mosquitto");

    private final Path directory;
    private final int port;
    private Process process;

    private PrivateMosquitto(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(DEBIAN_BINARY);
    }

    static PrivateMosquitto start() throws IOException {
        Path directory = Files.createTempDirectory("lotline-mosquitto");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // run as whoever runs the tests: started as root, Mosquitto would switch to its own user, which may not
        // write the temporary directory (and so would keep nothing across a restart)
        Files.writeString(directory.resolve("mosquitto.conf"), String.join("\n",
                "listener " + port + " 127.0.0.1", "allow_anonymous true", "persistence true",
                "persistence_location " + directory + "/", "user " + System.getProperty("user.name"),
                "log_dest stdout", ""));
        PrivateMosquitto broker = new PrivateMosquitto(directory, port);
        broker.run();
        return broker;
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Stops the broker as an operator would (SIGTERM: it saves its sessions and queued messages) and starts it. */
    void restart() throws IOException {
        stop();
        run();
    }

    private void run() throws IOException {
        process = new ProcessBuilder(DEBIAN_BINARY.toString(), "-c", directory.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("stdout.log").toFile()).start();
        Broker broker = new Broker(url());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!broker.answers()) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                throw new IOException("Mosquitto did not start on port " + port + "; see " + directory);
            }
            sleep();
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the broker and removes its directory. */
    @Override
    public void close() throws IOException {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
