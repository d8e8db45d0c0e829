package io.lotline.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.lotline.web.TextField.Kind;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read strictly: text fields take only JSON strings (no number, boolean, array or object turned
 * into text), numbers and booleans only their own JSON types, nothing may follow the body, and text carries no control
 * characters beyond what its {@link TextField} kind allows.
 */
@Configuration
public class StrictJson {
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonCustomizer() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .postConfigurer(mapper -> {
                    for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                            CoercionInputShape.Float, CoercionInputShape.Boolean}) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                });
    }

    /** Boot registers every Module bean with the application's ObjectMapper, alongside its own. */
    @Bean
    Module checkedTextModule() {
        return new SimpleModule("lotline-checked-text").addDeserializer(String.class, new CheckedText(Kind.SINGLE_LINE));
    }

    /** A control character where its field does not allow one; the API answers 422 naming the field. */
    public static final class ControlCharacterException extends InvalidFormatException {
        ControlCharacterException(JsonParser parser, String value, int codePoint) {
            super(parser, controlCharacter(codePoint) + "; remove it", value, String.class);
        }
    }

    static final class CheckedText extends StdScalarDeserializer<String> implements ContextualDeserializer {
        private final Kind kind;

        CheckedText(Kind kind) {
            super(String.class);
            this.kind = kind;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            TextField field = property == null ? null : property.getAnnotation(TextField.class);
            return field == null || field.value() == kind ? this : new CheckedText(field.value());
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null) {
                int forbidden = firstForbidden(value, kind);
                if (forbidden >= 0) {
                    throw new ControlCharacterException(parser, value, forbidden);
                }
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** What is wrong with a text holding that control character, in the same words on the API and on pages. */
    static String controlCharacter(int codePoint) {
        return String.format("contains the control character U+%04X", codePoint);
    }

    /** The first control character the kind of field does not allow, or -1. */
    public static int firstForbidden(String value, Kind kind) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c == 0x7F) && !allowed(c, kind)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean allowed(char c, Kind kind) {
        return switch (kind) {
            case SINGLE_LINE -> false;
            case MULTI_LINE -> c == '\t' || c == '\n' || c == '\r';
            case GS1_ELEMENT_STRING -> c == 0x1D;
        };
    }
}
