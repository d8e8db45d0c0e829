package io.lotline.environment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;

/** One measurement of a room's environment, as recorded (append-only; written in batches by {@link RoomService}). */
@Entity
class RoomReading {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Room room;

    @Enumerated(EnumType.STRING)
    private RoomParameter parameter;

    @Column(name = "reading")
    private BigDecimal value;

    private String unit;
    private Instant takenAt;
    private Instant recordedAt;
    private String recordedBy;

    protected RoomReading() {}

    RoomParameter getParameter() {
        return parameter;
    }

    BigDecimal getValue() {
        return value;
    }

    Instant getTakenAt() {
        return takenAt;
    }
}
