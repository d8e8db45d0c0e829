package io.lotline.capa;

/** The "Verify effectiveness" task form; not effective sends the CAPA back to root cause analysis. */
public record VerificationForm(Boolean effective, String notes) {}
