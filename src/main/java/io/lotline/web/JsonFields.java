package io.lotline.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

public final class JsonFields {
    private JsonFields() {}

    /** "Field 'results[0].value' has a value of the wrong type or format." for a mapping failure deep in a body. */
    public static String describe(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return "The request body is not valid JSON for this endpoint.";
        }
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return "Field '" + field + "' has a value of the wrong type or format.";
    }
}
