package io.lotline.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** What some classes log while a test runs, as "LEVEL message" lines, for asserting what an operator would read. */
public final class LogLines implements AutoCloseable {
    private final List<Logger> loggers;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogLines(List<Logger> loggers) {
        this.loggers = loggers;
        appender.start();
        loggers.forEach(logger -> logger.addAppender(appender));
    }

    public static LogLines of(Class<?>... sources) {
        return new LogLines(Arrays.stream(sources).map(source -> (Logger) LoggerFactory.getLogger(source)).toList());
    }

    public List<String> lines() {
        synchronized (appender) { // the appender adds under its own lock, from the server's threads
            return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
        }
    }

    /** Waits (at most {@code timeout}) until a line matches; false if none did. */
    public boolean await(Predicate<String> line, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (lines().stream().noneMatch(line)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() {
        loggers.forEach(logger -> logger.detachAppender(appender));
        appender.stop();
    }
}
