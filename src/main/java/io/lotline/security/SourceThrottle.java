package io.lotline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords per network address over the last minute, so that one client cannot lock out every account without
 * being slowed: past {@code lotline.security.max-failed-logins-per-source-per-minute} its password sign-ins are refused
 * (429) until the minute has passed. Kept in memory per node: a client spread over several nodes is slowed on each.
 */
@Component
class SourceThrottle {
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;

    SourceThrottle(SecuritySettings settings, Clock clock) {
        this.limit = settings.maxFailedLoginsPerSourcePerMinute();
        this.clock = clock;
    }

    boolean isThrottled(String source) {
        Deque<Instant> recent = failures.get(source);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            dropExpired(recent, clock.instant());
            return recent.size() >= limit;
        }
    }

    /** Counts a failure; true exactly when this one reaches the limit (the moment to raise a security event). */
    boolean recordFailure(String source) {
        Deque<Instant> recent = failures.computeIfAbsent(source, s -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            dropExpired(recent, now);
            recent.addLast(now);
            return recent.size() == limit;
        }
    }

    int limit() {
        return limit;
    }

    /** Forgets addresses whose failures are all older than the window, so the map does not grow without bound. */
    @Scheduled(fixedDelay = 60_000)
    void forgetQuietSources() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                dropExpired(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private static void dropExpired(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.removeFirst();
        }
    }
}
