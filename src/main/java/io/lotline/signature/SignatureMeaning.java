package io.lotline.signature;

/** What a signer states by signing (21 CFR 11.50(a)(3)). */
public enum SignatureMeaning {
    APPROVED_CONDITIONAL_RELEASE("Approved conditional release"),
    REJECTED_CONDITIONAL_RELEASE("Rejected conditional release"),
    APPROVED_DISPOSITION("Approved disposition"),
    APPROVED_SHELF_LIFE_EXTENSION("Approved shelf-life extension"),
    PLACED_ON_HOLD("Placed on hold"),
    RELEASED_FROM_HOLD("Released from hold"),
    APPROVED_FEFO_OVERRIDE("Approved FEFO override"),
    APPROVED_HOLD_DECISION("Approved hold decision"),
    APPROVED_EXCURSION_DECISION("Approved excursion impact decision"),
    APPROVED_CAPA_CLOSURE("Approved CAPA closure"),
    RELEASED_FOR_DISTRIBUTION("Released for distribution"),
    REJECTED_FOR_DISTRIBUTION("Rejected for distribution"),
    OPENED_RECALL("Opened recall"),
    APPROVED_RECALL_EFFECTIVENESS("Approved recall effectiveness review");

    private final String text;

    SignatureMeaning(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
