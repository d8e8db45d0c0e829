package io.lotline.security;

import static io.lotline.support.TestUsers.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write the API offers, found from the application's own request mappings (so a new endpoint is covered the day
 * it is added), is refused to an auditor with 403 and a problem detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditorCannotWriteTest {
    @Autowired TestRestTemplate rest;
    @Autowired UserAccounts accounts;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    /** Decoding a scanned symbol reads; it is POSTed only because it may carry a photo. */
    static final String SCAN_LOOKUP = "/api/scan";
    /** Everyone, an auditor too, changes their own password. */
    static final String OWN_PASSWORD = "/api/users/me/password";

    @Test
    void everyApiWriteIsForbiddenToAnAuditor() {
        TestUsers.ensure(accounts);
        TreeSet<String> writes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String path : mapping.getKey().getPatternValues()) {
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    if (path.startsWith("/api/") && method != RequestMethod.GET && !path.equals(SCAN_LOOKUP)
                            && !path.equals(OWN_PASSWORD)) {
                        writes.add(method + " " + path.replaceAll("\\{\\*?[^}]+}", "X-1"));
                    }
                }
            }
        }
        assertThat(writes).contains("POST /api/recalls", "POST /api/receipts", "POST /api/tasks/X-1/complete",
                "POST /api/shipments", "PUT /api/suppliers/X-1/status");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(AUDITOR.name(), AUDITOR.password());
        List<String> notForbidden = new ArrayList<>();
        for (String write : writes) {
            String[] methodAndPath = write.split(" ");
            var response = rest.exchange(methodAndPath[1], HttpMethod.valueOf(methodAndPath[0]),
                    new HttpEntity<>("{}", headers), String.class);
            if (response.getStatusCode().value() != 403 || !response.getBody().contains("does not permit")) {
                notForbidden.add(write + " -> " + response.getStatusCode().value());
            }
        }
        assertThat(notForbidden).isEmpty();
    }
}
