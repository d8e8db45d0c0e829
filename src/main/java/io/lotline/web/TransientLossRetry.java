package io.lotline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tries a writing request again when it lost a race with another writer — a deadlock victim, a lock wait timeout, a
 * stale version — before anything is answered: at most {@value #MAX_TRIES} tries, a short random pause between them.
 * A retry is safe because the loss rolled the whole transaction back; a try in which a write transaction had already
 * committed is never repeated. The answer of a lost try (a 409 problem) is discarded, so the client sees only the
 * last try's; only when the tries are used up does the request get its 409, logged in one WARN line by the handler.
 * <p>
 * The filter runs after authentication, so the credentials are checked once per request, not once per try. A body
 * is kept in memory to be read again (JSON up to {@value #MAX_REPLAYABLE_BYTES} bytes; form fields are kept by the
 * servlet container itself); a larger body, one of unknown length, or an upload is tried once.
 */
@Component
public class TransientLossRetry extends OncePerRequestFilter {
    static final int MAX_TRIES = 3;
    static final long MAX_REPLAYABLE_BYTES = 16L * 1024 * 1024;
    private static final long MAX_PAUSE_MILLIS = 40;
    private static final Set<String> WRITING_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String CURRENT_TRY = TransientLossRetry.class.getName() + ".try";
    private static final Logger LOG = LoggerFactory.getLogger(TransientLossRetry.class);

    /** One try of a request: whether a write committed in it, and why it lost, if it did. */
    private static final class Try {
        private final int number;
        private boolean committedAWrite;
        private String loss;

        private Try(int number) {
            this.number = number;
        }
    }

    /**
     * Called by the exception handlers when the request lost a race: true when it will be tried again (the handler's
     * answer is then discarded and nothing is logged), false when the handler's 409 is the answer.
     */
    static boolean willRetry(HttpServletRequest request, Throwable loss) {
        if (!(request.getAttribute(CURRENT_TRY) instanceof Try current) || current.number >= MAX_TRIES
                || current.committedAWrite) {
            return false;
        }
        current.loss = Refusals.rootMessage(loss);
        return true;
    }

    /** For the one conflict line: how many tries the request had, when it had more than one. */
    static String triesOf(HttpServletRequest request) {
        return request.getAttribute(CURRENT_TRY) instanceof Try current && current.number > 1
                ? " (" + current.number + " tries)" : "";
    }

    /** Called after a write transaction committed on this thread: the current try, if any, must not be repeated. */
    static void writeCommitted() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CURRENT_TRY, RequestAttributes.SCOPE_REQUEST) instanceof Try current) {
            current.committedAWrite = true;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = WRITING_METHODS.contains(request.getMethod()) ? replayableBody(request) : null;
        if (body == null) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            for (int number = 1; ; number++) {
                Try current = new Try(number);
                request.setAttribute(CURRENT_TRY, current);
                chain.doFilter(body.length == 0 ? request : new ReplayableRequest(request, body), answer);
                if (current.loss == null) {
                    break;
                }
                LOG.info("Trying {} {} again (try {} of {}) after losing a race: {}", request.getMethod(),
                        request.getRequestURI(), number + 1, MAX_TRIES, current.loss);
                // Only what the lost try wrote is discarded: headers set before this filter (cookies, security) stay.
                answer.resetBuffer();
                answer.setStatus(HttpServletResponse.SC_OK);
                pause();
            }
        } finally {
            request.removeAttribute(CURRENT_TRY);
        }
        answer.copyBodyToResponse();
    }

    /**
     * The body to give each try, or null when the request cannot be tried again. Form fields are parsed and kept by
     * the container on first use, so they are read now and the request itself is given to every try.
     */
    private static byte[] replayableBody(HttpServletRequest request) throws IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            request.getParameterMap();
            return new byte[0];
        }
        if (contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return null; // uploads (scanned images) only look records up; their parts are parsed once, by Spring
        }
        long length = request.getContentLengthLong();
        if (length == 0 || contentType == null && length < 0) {
            return new byte[0];
        }
        if (length < 0 || length > MAX_REPLAYABLE_BYTES) {
            return null;
        }
        return request.getInputStream().readAllBytes();
    }

    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, MAX_PAUSE_MILLIS + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
