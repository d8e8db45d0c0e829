package io.lotline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotline.traceability.MalformedRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * A body that is one item (a JSON object) or several (a JSON array of them), as sensors and scripts send readings;
 * {@code single} says which, so that errors name {@code value} or {@code [3].value}. A null array element stays null
 * for the caller to refuse in its place.
 */
public record OneOrMany<T>(List<T> items, boolean single) {
    public static <T> OneOrMany<T> read(JsonNode body, Class<T> type, String noun, ObjectMapper objectMapper) {
        boolean single = body.isObject();
        if (!single && !body.isArray()) {
            throw new MalformedRequestException("Send one " + noun + " as a JSON object, or several as a JSON array.");
        }
        List<T> items = new ArrayList<>(body.size());
        if (single) {
            items.add(item(body, type, noun, "", objectMapper));
        } else {
            for (int i = 0; i < body.size(); i++) {
                items.add(body.get(i).isNull() ? null : item(body.get(i), type, noun, "[" + i + "]", objectMapper));
            }
        }
        return new OneOrMany<>(items, single);
    }

    private static <T> T item(JsonNode node, Class<T> type, String noun, String position, ObjectMapper objectMapper) {
        String name = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        try {
            return objectMapper.treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw JsonFields.refusal(e, position.isEmpty() ? "" : name + " " + position + ": ");
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException(name + " " + position + " is not valid JSON.");
        }
    }
}
