package io.lotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.LogLines;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The retry of a request that lost a race, with the real API exception handler deciding each try: how often, what
 * each try reads, what the client gets, what is logged, and never after a write committed.
 */
class TransientLossRetryTest {
    private final TransientLossRetry retry = new TransientLossRetry();

    /** Stands in for the dispatcher: each try reads the request, then loses a race or answers 201. */
    private static final class Endpoint implements FilterChain {
        private final int losses;
        private final boolean commitsBeforeLosing;
        private final List<String> tries = new ArrayList<>();

        private Endpoint(int losses, boolean commitsBeforeLosing) {
            this.losses = losses;
            this.commitsBeforeLosing = commitsBeforeLosing;
        }

        @Override
        public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse) throws IOException {
            HttpServletRequest request = (HttpServletRequest) servletRequest;
            HttpServletResponse response = (HttpServletResponse) servletResponse;
            String read = MediaType.APPLICATION_FORM_URLENCODED_VALUE.equals(request.getContentType())
                    ? "quantity=" + request.getParameter("quantity")
                    : new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            tries.add(read);
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            try {
                if (commitsBeforeLosing) {
                    new CommittedWrites().afterCommit(new SimpleTransactionStatus(true), null);
                }
                if (tries.size() <= losses) {
                    var refusal = new ApiExceptionHandler().handleAny(
                            new CannotAcquireLockException("Lock wait timeout exceeded; try restarting transaction"), request);
                    response.setStatus(refusal.getStatusCode().value());
                    response.getWriter().write("lost try " + tries.size());
                } else {
                    response.setStatus(201);
                    response.getWriter().write("created from " + read);
                }
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
        }
    }

    private static MockHttpServletRequest receipt() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/receipts");
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        request.setContent("{\"quantity\":25}".getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void aRequestThatLostTwiceIsAnsweredByItsThirdTryWhichReadsTheSameBody() throws Exception {
        Endpoint endpoint = new Endpoint(2, false);
        MockHttpServletResponse response = new MockHttpServletResponse();
        try (LogLines log = LogLines.of(TransientLossRetry.class, ApiExceptionHandler.class)) {
            retry.doFilter(receipt(), response, endpoint);

            assertThat(endpoint.tries).containsExactly("{\"quantity\":25}", "{\"quantity\":25}", "{\"quantity\":25}");
            assertThat(response.getStatus()).isEqualTo(201);
            assertThat(response.getContentAsString()).as("the lost tries' answers are discarded")
                    .isEqualTo("created from {\"quantity\":25}");
            assertThat(log.lines()).hasSize(2).allMatch(line -> line.startsWith("INFO Trying POST /api/receipts again"))
                    .anyMatch(line -> line.contains("(try 3 of 3)") && line.contains("Lock wait timeout exceeded"));
        }
    }

    @Test
    void whenEveryTryLosesTheClientGetsOne409AndOneWarnLine() throws Exception {
        Endpoint endpoint = new Endpoint(TransientLossRetry.MAX_TRIES, false);
        MockHttpServletResponse response = new MockHttpServletResponse();
        try (LogLines log = LogLines.of(TransientLossRetry.class, ApiExceptionHandler.class)) {
            retry.doFilter(receipt(), response, endpoint);

            assertThat(endpoint.tries).hasSize(3);
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.getContentAsString()).isEqualTo("lost try 3");
            assertThat(log.lines()).filteredOn(line -> line.startsWith("WARN")).singleElement().asString()
                    .startsWith("WARN 409 POST /api/receipts by ").contains("lost a race (3 tries): CannotAcquireLockException");
            assertThat(log.lines()).noneMatch(line -> line.startsWith("ERROR"));
        }
    }

    @Test
    void aTryInWhichAWriteCommittedIsNeverRepeated() throws Exception {
        Endpoint endpoint = new Endpoint(1, true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        retry.doFilter(receipt(), response, endpoint);

        assertThat(endpoint.tries).hasSize(1);
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void aFormPostKeepsItsFieldsForEveryTryAndAReadIsNeverRepeated() throws Exception {
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/receiving");
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        form.setParameter("quantity", "25");
        Endpoint formEndpoint = new Endpoint(1, false);
        MockHttpServletResponse formResponse = new MockHttpServletResponse();
        retry.doFilter(form, formResponse, formEndpoint);
        assertThat(formEndpoint.tries).containsExactly("quantity=25", "quantity=25");
        assertThat(formResponse.getStatus()).isEqualTo(201);

        MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/lots");
        Endpoint readEndpoint = new Endpoint(1, false);
        MockHttpServletResponse readResponse = new MockHttpServletResponse();
        retry.doFilter(read, readResponse, readEndpoint);
        assertThat(readEndpoint.tries).hasSize(1);
        assertThat(readResponse.getStatus()).isEqualTo(409);
    }
}
