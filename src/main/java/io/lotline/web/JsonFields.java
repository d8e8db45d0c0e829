package io.lotline.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.LotlineException;
import io.lotline.traceability.MalformedRequestException;
import java.util.stream.Collectors;

public final class JsonFields {
    private JsonFields() {}

    /**
     * The refusal for a body that could not be read: text with a control character is well-formed but breaks a rule
     * (422 naming the field); anything else is a malformed request (400 naming the field where there is one).
     * {@code prefix} names the part of a larger body, e.g. "Reading [2]: ".
     */
    public static LotlineException refusal(JsonMappingException e, String prefix) {
        if (e instanceof StrictJson.ControlCharacterException && !e.getPath().isEmpty()) {
            return new InvalidInputException(path(e), e.getOriginalMessage());
        }
        return new MalformedRequestException(prefix + describe(e));
    }

    /** "Field 'results[0].value' has a value of the wrong type or format." for a mapping failure deep in a body. */
    public static String describe(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return "The request body is not valid JSON for this endpoint.";
        }
        return "Field '" + path(e) + "' has a value of the wrong type or format.";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
