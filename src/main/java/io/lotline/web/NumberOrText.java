package io.lotline.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * A field that is a number or a word, such as an inspection result (18.2, or "PASS"): a JSON number keeps its exact
 * digits, a string is checked as single-line text; booleans, arrays and objects are refused like anywhere else.
 */
public final class NumberOrText extends StdScalarDeserializer<String> {
    public NumberOrText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            return parser.getDecimalValue().toPlainString();
        }
        return new StrictJson.CheckedText(TextField.Kind.SINGLE_LINE).deserialize(parser, context);
    }
}
