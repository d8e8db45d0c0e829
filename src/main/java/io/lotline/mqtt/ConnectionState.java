package io.lotline.mqtt;

import java.time.Instant;
import java.util.List;

/**
 * The MQTT connection as the health endpoint and the admin page show it: whether it is configured and connected,
 * to which broker as which client, the topic filters subscribed, and the last problem with its time.
 */
public record ConnectionState(boolean enabled, boolean connected, String brokerUrl, String clientId,
                              List<String> topicFilters, String lastProblem, Instant lastProblemAt) {}
