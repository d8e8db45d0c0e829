package io.lotline.signature;

/** What a signer states by signing (21 CFR 11.50(a)(3)). */
public enum SignatureMeaning {
    APPROVED_CONDITIONAL_RELEASE("Approved conditional release"),
    REJECTED_CONDITIONAL_RELEASE("Rejected conditional release");

    private final String text;

    SignatureMeaning(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
