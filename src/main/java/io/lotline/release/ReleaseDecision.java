package io.lotline.release;

import io.lotline.signature.SignatureMeaning;

/** What the QC manager decided for a finished lot, and the meaning the decision is signed with. */
public enum ReleaseDecision {
    RELEASE(SignatureMeaning.RELEASED_FOR_DISTRIBUTION),
    CONDITIONAL_RELEASE(SignatureMeaning.APPROVED_CONDITIONAL_RELEASE),
    REJECT(SignatureMeaning.REJECTED_FOR_DISTRIBUTION);

    private final SignatureMeaning meaning;

    ReleaseDecision(SignatureMeaning meaning) {
        this.meaning = meaning;
    }

    public SignatureMeaning meaning() {
        return meaning;
    }
}
