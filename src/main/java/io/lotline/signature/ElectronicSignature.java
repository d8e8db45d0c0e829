package io.lotline.signature;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A signature bound to one record by the SHA-256 of that record's signed content. */
@Entity
@Immutable
public class ElectronicSignature {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String userId;
    private String fullName;

    @Enumerated(EnumType.STRING)
    private SignatureMeaning meaning;

    private Instant signedAt;
    private String recordType;
    private String recordId;
    private String recordHash;

    protected ElectronicSignature() {}

    ElectronicSignature(String userId, String fullName, SignatureMeaning meaning, Instant signedAt,
                        String recordType, String recordId, String recordHash) {
        this.userId = userId;
        this.fullName = fullName;
        this.meaning = meaning;
        this.signedAt = signedAt;
        this.recordType = recordType;
        this.recordId = recordId;
        this.recordHash = recordHash;
    }

    public Long getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getFullName() {
        return fullName;
    }

    public SignatureMeaning getMeaning() {
        return meaning;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getRecordHash() {
        return recordHash;
    }
}
