package io.lotline.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which control characters a JSON text field may hold; unannotated fields are {@link Kind#SINGLE_LINE}. The check is
 * made while the body is read ({@link StrictJson}), so no service ever sees a NUL byte or an escape sequence.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface TextField {
    Kind value();

    enum Kind {
        /** No control character at all (U+0000–U+001F, U+007F). */
        SINGLE_LINE,
        /** Free text typed into a text area: tab, line feed and carriage return are allowed. */
        MULTI_LINE,
        /** Scanned GS1 element strings: the group separator (U+001D, FNC1) is allowed. */
        GS1_ELEMENT_STRING
    }
}
