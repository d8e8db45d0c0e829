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

/** A room's alert and action limits for one parameter, and how many of its latest readings were beyond alert. */
@Entity
class RoomLimit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Room room;

    @Enumerated(EnumType.STRING)
    private RoomParameter parameter;

    private String unit;
    private BigDecimal alertHigh;
    private BigDecimal actionHigh;
    private BigDecimal alertLow;
    private BigDecimal actionLow;
    @Column(name = "beyond_alert_in_a_row")
    private int beyondAlertInARow;

    protected RoomLimit() {}

    RoomLimit(Room room, RoomParameter parameter, RoomParameter.Limits limits) {
        this.room = room;
        this.parameter = parameter;
        this.unit = parameter.unit();
        set(limits);
    }

    RoomParameter getParameter() {
        return parameter;
    }

    String getUnit() {
        return unit;
    }

    RoomParameter.Limits limits() {
        return new RoomParameter.Limits(alertHigh, actionHigh, alertLow, actionLow);
    }

    void set(RoomParameter.Limits limits) {
        this.alertHigh = limits.alertHigh();
        this.actionHigh = limits.actionHigh();
        this.alertLow = limits.alertLow();
        this.actionLow = limits.actionLow();
    }

    boolean beyondAction(BigDecimal value) {
        return beyond(value, actionLow, actionHigh);
    }

    boolean beyondAlert(BigDecimal value) {
        return beyond(value, alertLow, alertHigh);
    }

    /** Whether the value lies above an upper limit (rather than below a lower one): where an excursion peaks. */
    boolean aboveUpperLimits(BigDecimal value) {
        return beyond(value, null, actionHigh) || beyond(value, null, alertHigh);
    }

    /** Counts a reading beyond alert (but within action); returns how many are now in a row. */
    int countBeyondAlert() {
        return ++beyondAlertInARow;
    }

    void resetBeyondAlert() {
        beyondAlertInARow = 0;
    }

    private static boolean beyond(BigDecimal value, BigDecimal low, BigDecimal high) {
        return high != null && value.compareTo(high) > 0 || low != null && value.compareTo(low) < 0;
    }
}
