package io.lotline.traceability;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Codes or serials (which never hold a comma) kept in one column as "A,B,C"; an empty list is kept as null. */
@Converter
public class CommaSeparatedList implements AttributeConverter<List<String>, String> {
    /** The column's text for the list, as a record's signed content quotes it: null when the list is empty. */
    public static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return joined(values);
    }

    @Override
    public List<String> convertToEntityAttribute(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }
}
