package io.lotline.security;

import static io.lotline.support.TestUsers.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lotline.support.Api;
import io.lotline.support.FinishedGoodsSteps;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mutating API endpoint, read from the application's own request mappings, is sent wrong types, nulls, empty and
 * 10 kB strings, control characters, huge and tiny numbers and broken bodies: none may answer 5xx, and none of the
 * malformed ones may write anything. Bodies are built from each endpoint's request type around real records (a
 * customer, a released finished lot), so the sweep reaches past the first "not found".
 */
@ActiveProfiles("test")
class MalformedInputSweepTest extends FinishedGoodsSteps {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEN_KB = "x".repeat(10_240);
    private static final List<String> BROKEN_BODIES = List.of("", "null", "[]", "\"text\"", "42", "{} {\"x\":1}",
            "{\"a\":", "{\"a\":1,}", "[".repeat(5000) + "]".repeat(5000));

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Override
    protected String productTrackingMode() {
        return "LOT";
    }

    @Test
    void noMutatingEndpointAnswers5xxAndMalformedInputWritesNothing() throws Exception {
        Map<String, String> known = new LinkedHashMap<>();
        known.put("customerCode", newCustomer());
        known.put("lotNumber", releasedFinishedLot(20));
        known.put("orderNumber", "PO-SWEEP-1");
        known.put("supplierCode", supplierCode);
        known.put("partNumber", partNumber);
        known.put("productPartNumber", productPart);
        known.put("serial", null); // a shipment line names a lot and quantity, or a serial: the sweep ships by lot
        known.put("shipTo", null);
        List<String> tokens = List.of(token("QC_TECHNICIAN"), token("QC_MANAGER"), token("ADMIN"));

        List<String> serverErrors = new ArrayList<>();
        List<String> wrote = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    if (!pattern.startsWith("/api/") || method == RequestMethod.GET) {
                        continue;
                    }
                    String path = pattern.replaceAll("\\{\\*?[^}]+}", "X-1").replace("/lots/X-1", "/lots/" + known.get("lotNumber"));
                    HttpMethod http = HttpMethod.valueOf(method.name());
                    String bearer = tokenAllowedFor(http, path, tokens);
                    Class<?> bodyType = bodyType(mapping.getValue());
                    List<Variant> variants = new ArrayList<>();
                    BROKEN_BODIES.forEach(raw -> variants.add(new Variant("body " + abbreviated(raw), raw, true)));
                    if (bodyType != null && bodyType.isRecord()) {
                        variants.addAll(fieldVariants(bodyType, known));
                    }
                    for (Variant variant : variants) {
                        long auditBefore = auditEntries.count();
                        HttpHeaders headers = Api.jsonHeaders();
                        headers.setBearerAuth(bearer);
                        var response = rest.exchange(path, http, new org.springframework.http.HttpEntity<>(variant.body(), headers), String.class);
                        requests++;
                        String what = method + " " + path + " with " + variant.name() + " -> " + response.getStatusCode().value();
                        if (response.getStatusCode().is5xxServerError()) {
                            serverErrors.add(what + " " + response.getBody());
                        }
                        if (variant.malformed() && auditEntries.count() != auditBefore) {
                            wrote.add(what);
                        }
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(500);
        assertThat(serverErrors).isEmpty();
        assertThat(wrote).isEmpty();
    }

    private record Variant(String name, String body, boolean malformed) {}

    private String token(String role) {
        var created = api.post(ADMIN, "/api/api-tokens", Map.of("name", "sweep-" + role.toLowerCase().replace('_', '-')
                + "-" + supplierCode.toLowerCase(), "role", role, "expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("token");
    }

    /** The first token whose role may call the endpoint: authorization is decided before the body is read. */
    private String tokenAllowedFor(HttpMethod method, String path, List<String> tokens) {
        for (String token : tokens) {
            HttpHeaders headers = Api.jsonHeaders();
            headers.setBearerAuth(token);
            if (api.send(method, path, "{} {}", headers).status() != 403) {
                return token;
            }
        }
        return tokens.get(0);
    }

    private static Class<?> bodyType(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    /** For each field of the body (and of the first element of its lists), the body with that field made wrong. */
    private static List<Variant> fieldVariants(Class<?> type, Map<String, String> known) throws Exception {
        List<Variant> variants = new ArrayList<>();
        ObjectNode base = (ObjectNode) plausible(type, known, 0);
        for (RecordComponent component : type.getRecordComponents()) {
            for (Map.Entry<JsonNode, Boolean> wrong : wrongValues(component.getType()).entrySet()) {
                ObjectNode body = base.deepCopy();
                body.set(component.getName(), wrong.getKey());
                variants.add(new Variant(component.getName() + "=" + abbreviated(wrong.getKey().toString()),
                        JSON.writeValueAsString(body), wrong.getValue()));
            }
            Class<?> element = listElement(component.getGenericType());
            if (element != null && element.isRecord()) {
                for (RecordComponent inner : element.getRecordComponents()) {
                    for (Map.Entry<JsonNode, Boolean> wrong : wrongValues(inner.getType()).entrySet()) {
                        ObjectNode body = base.deepCopy();
                        ((ObjectNode) body.withArray(component.getName()).get(0)).set(inner.getName(), wrong.getKey());
                        variants.add(new Variant(component.getName() + "[0]." + inner.getName() + "="
                                + abbreviated(wrong.getKey().toString()), JSON.writeValueAsString(body), wrong.getValue()));
                    }
                }
            }
        }
        return variants;
    }

    /** Wrong values for a field of this type; true where the value is malformed (wrong type, control character). */
    private static Map<JsonNode, Boolean> wrongValues(Class<?> type) {
        Map<JsonNode, Boolean> values = new LinkedHashMap<>();
        values.put(NODES.nullNode(), false);
        values.put(NODES.arrayNode(), !List.class.isAssignableFrom(type));
        values.put(NODES.objectNode(), !type.isRecord());
        if (type == String.class) {
            values.put(NODES.booleanNode(true), true);
            values.put(NODES.numberNode(123), true);
            values.put(NODES.textNode(""), false);
            values.put(NODES.textNode(TEN_KB), false);
            values.put(NODES.textNode("a\u0000b"), true);
            values.put(NODES.textNode("a\u001Bb"), true);
            values.put(NODES.textNode("a\u007Fb"), true);
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            values.put(NODES.textNode("12"), true);
            values.put(NODES.booleanNode(true), true);
            values.put(NODES.numberNode(new BigDecimal("1E+400")), false);
            values.put(NODES.numberNode(new BigDecimal("-99999999999999999999")), false);
            values.put(NODES.numberNode(new BigDecimal("0.0000001")), false);
            values.put(NODES.numberNode(new BigDecimal("123456789012345678901234567890.5")), false);
        } else if (type == Boolean.class || type == boolean.class) {
            values.put(NODES.textNode("true"), true);
            values.put(NODES.numberNode(1), true);
        } else if (type == LocalDate.class || type == Instant.class) {
            values.put(NODES.numberNode(123), true);
            values.put(NODES.textNode("2030-13-45"), true);
            values.put(NODES.textNode("+999999999-12-31"), false);
        } else if (List.class.isAssignableFrom(type)) {
            values.put(NODES.textNode("x"), true);
            ArrayNode nulls = NODES.arrayNode();
            nulls.addNull();
            values.put(nulls, false);
        }
        return values;
    }

    /** A body of plausible values: the known records where a field is named after one (left out where known as null). */
    private static JsonNode plausible(Class<?> type, Map<String, String> known, int depth) {
        if (type.isRecord() && depth < 3) {
            ObjectNode node = NODES.objectNode();
            for (RecordComponent component : type.getRecordComponents()) {
                if (known.containsKey(component.getName()) && known.get(component.getName()) == null) {
                    continue;
                }
                Class<?> element = listElement(component.getGenericType());
                if (element != null) {
                    node.set(component.getName(), NODES.arrayNode().add(plausibleValue(component.getName(), element, known, depth)));
                } else {
                    node.set(component.getName(), plausibleValue(component.getName(), component.getType(), known, depth));
                }
            }
            return node;
        }
        return NODES.textNode("x");
    }

    private static JsonNode plausibleValue(String name, Class<?> type, Map<String, String> known, int depth) {
        if (type == String.class) {
            return NODES.textNode(known.getOrDefault(name, "sweep"));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return NODES.numberNode(1);
        }
        if (type == Boolean.class || type == boolean.class) {
            return NODES.booleanNode(false);
        }
        if (type == LocalDate.class) {
            return NODES.textNode(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        }
        if (type == Instant.class) {
            return NODES.textNode(Instant.now().toString());
        }
        return plausible(type, known, depth + 1);
    }

    private static Class<?> listElement(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static String abbreviated(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
    }
}
