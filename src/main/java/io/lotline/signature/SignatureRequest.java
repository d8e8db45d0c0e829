package io.lotline.signature;

/** The signer's re-entered password and the meaning they sign with. */
public record SignatureRequest(String password, String meaning) {}
