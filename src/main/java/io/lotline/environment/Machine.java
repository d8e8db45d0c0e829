package io.lotline.environment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A machine (molding press) and the room it stands in now; batches keep the room they ran in. */
@Entity
public class Machine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String machineId;
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id")
    private Room room;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected Machine() {}

    Machine(String machineId, String name, Room room, Instant at, String by) {
        this.machineId = machineId;
        this.name = name;
        this.room = room;
        this.createdAt = at;
        this.createdBy = by;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void change(String name, Room room, Instant at, String by) {
        this.name = name;
        this.room = room;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getMachineId() {
        return machineId;
    }

    public String getName() {
        return name;
    }

    public Room getRoom() {
        return room;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
