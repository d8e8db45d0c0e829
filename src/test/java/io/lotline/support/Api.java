package io.lotline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The REST API as an integrating system sees it: HTTP Basic, JSON in and out. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final TestRestTemplate rest;

    public Api(TestRestTemplate rest) {
        this.rest = rest;
    }

    public record Response(int status, JsonNode body, HttpHeaders headers) {
        public String text(String field) {
            return body.path(field).asText(null);
        }

        public String header(String name) {
            return headers.getFirst(name);
        }

        /** The fields named in RFC 7807 problem details' {@code errors}. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }
    }

    public Response get(TestUsers.User user, String path) {
        return exchange(user, HttpMethod.GET, path, null, null);
    }

    public Response post(TestUsers.User user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, body, null);
    }

    public Response postWithKey(TestUsers.User user, String path, Object body, String idempotencyKey) {
        return exchange(user, HttpMethod.POST, path, body, idempotencyKey);
    }

    public Response put(TestUsers.User user, String path, Object body) {
        return exchange(user, HttpMethod.PUT, path, body, null);
    }

    /** Sends the text as it is, e.g. malformed JSON. */
    public Response postRaw(TestUsers.User user, String path, String rawJson) {
        return exchange(user, HttpMethod.POST, path, rawJson, null);
    }

    public Response delete(TestUsers.User user, String path) {
        return exchange(user, HttpMethod.DELETE, path, null, null);
    }

    /** JSON headers to add credentials or other headers to, for {@link #send}. */
    public static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return headers;
    }

    /** A request with exactly these headers (an API token, a forwarded client address, no credentials at all). */
    public Response send(HttpMethod method, String path, Object body, HttpHeaders headers) {
        return exchange(rest, method, path, body, headers);
    }

    private Response exchange(TestUsers.User user, HttpMethod method, String path, Object body, String idempotencyKey) {
        HttpHeaders headers = jsonHeaders();
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return exchange(rest.withBasicAuth(user.name(), user.password()), method, path, body, headers);
    }

    private static Response exchange(TestRestTemplate client, HttpMethod method, String path, Object body,
                                     HttpHeaders headers) {
        try {
            String payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            ResponseEntity<String> response = client.exchange(path, method, new HttpEntity<>(payload, headers), String.class);
            String text = response.getBody();
            return new Response(response.getStatusCode().value(),
                    text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text), response.getHeaders());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }
}
