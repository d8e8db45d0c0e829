package io.lotline.recall;

/** How a customer was reached about a recall. */
public enum RecallMethod {
    PHONE,
    EMAIL,
    LETTER,
    VISIT
}
