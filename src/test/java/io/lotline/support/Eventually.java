package io.lotline.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something another thread does (a message arriving, a reconnect): polls until done or 20 s passed. */
public final class Eventually {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Eventually() {}

    /** The first value of {@code probe} that is {@code done}; fails naming {@code what} and the last value seen. */
    public static <T> T eventually(Supplier<T> probe, Predicate<T> done, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        T seen = probe.get();
        while (!done.test(seen)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " within " + PATIENCE + "; last seen: " + seen);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            seen = probe.get();
        }
        return seen;
    }
}
