package io.lotline.environment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A classified room (ISO 14644-1 class 5 to 9) whose environment is monitored. */
@Entity
public class Room {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private int isoClass;
    private Instant createdAt;
    private String createdBy;

    protected Room() {}

    Room(String code, String name, int isoClass, Instant createdAt, String createdBy) {
        this.code = code;
        this.name = name;
        this.isoClass = isoClass;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getIsoClass() {
        return isoClass;
    }
}
