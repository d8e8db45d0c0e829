package io.lotline.mqtt;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message from a sensor or machine that could not be used, kept with why, so that none is dropped silently. */
@Entity
@Table(name = "rejected_machine_message")
class RejectedMessage {
    /** The payload kept: its first this many characters (the whole size is kept in {@code payloadBytes}). */
    static final int MAX_PAYLOAD = 10_000;
    static final int MAX_REASON = 2_000;
    static final int MAX_TOPIC = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String topic;
    private String payload;
    private int payloadBytes;
    private String reason;
    private Instant receivedAt;

    protected RejectedMessage() {}

    RejectedMessage(String topic, String payload, int payloadBytes, String reason, Instant receivedAt) {
        this.topic = cut(topic, MAX_TOPIC);
        this.payload = cut(payload, MAX_PAYLOAD);
        this.payloadBytes = payloadBytes;
        this.reason = cut(reason, MAX_REASON);
        this.receivedAt = receivedAt;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    Long getId() {
        return id;
    }

    String getTopic() {
        return topic;
    }

    String getPayload() {
        return payload;
    }

    int getPayloadBytes() {
        return payloadBytes;
    }

    String getReason() {
        return reason;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }
}
