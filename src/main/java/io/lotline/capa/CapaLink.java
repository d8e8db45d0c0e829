package io.lotline.capa;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A record the CAPA came from: a material lot, batch, nonconformance or in-process hold. */
@Entity
public class CapaLink {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "capa_id")
    private CorrectiveAction capa;

    private String recordType;
    private String recordId;

    protected CapaLink() {}

    CapaLink(CorrectiveAction capa, String recordType, String recordId) {
        this.capa = capa;
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public CorrectiveAction getCapa() {
        return capa;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }
}
