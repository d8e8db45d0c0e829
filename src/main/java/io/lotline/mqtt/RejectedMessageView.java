package io.lotline.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A rejected message as {@code GET /api/machine-messages/rejected} lists it; {@code payload} holds its first
 * 10,000 characters ({@code truncated} when there was more), {@code payloadBytes} its whole size.
 */
public record RejectedMessageView(long id, String topic, String payload, int payloadBytes, boolean truncated,
                                  String reason, Instant receivedAt) {
    static RejectedMessageView of(RejectedMessage m) {
        return new RejectedMessageView(m.getId(), m.getTopic(), m.getPayload(), m.getPayloadBytes(),
                m.getPayloadBytes() > m.getPayload().getBytes(StandardCharsets.UTF_8).length, m.getReason(),
                m.getReceivedAt());
    }
}
