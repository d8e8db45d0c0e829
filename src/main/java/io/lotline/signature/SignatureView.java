package io.lotline.signature;

import java.time.Instant;

public record SignatureView(String userId, String fullName, SignatureMeaning meaning, String meaningText, Instant signedAt,
                            String recordType, String recordId, String recordHash) {
    public static SignatureView of(ElectronicSignature s) {
        return new SignatureView(s.getUserId(), s.getFullName(), s.getMeaning(), s.getMeaning().text(), s.getSignedAt(),
                s.getRecordType(), s.getRecordId(), s.getRecordHash());
    }
}
