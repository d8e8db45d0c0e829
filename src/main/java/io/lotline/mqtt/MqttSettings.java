package io.lotline.mqtt;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The MQTT connection, {@code lotline.mqtt.*} (README, "Sensors over MQTT"): off while {@code brokerUrl} is empty.
 * {@code clientId} names the persistent session the broker keeps for this node (default {@code lotline-<node name>});
 * {@code sharedGroup} subscribes through {@code $share/<group>/…}, so that the nodes of a cluster share the messages
 * instead of each receiving all of them. An {@code ssl://} URL connects over TLS, trusting the JVM's certificates or
 * those of {@code trustStore}.
 */
@ConfigurationProperties("lotline.mqtt")
public record MqttSettings(String brokerUrl, String username, String password, String clientId, String sharedGroup,
                           Path trustStore, String trustStorePassword) {
    boolean enabled() {
        return StringUtils.hasText(brokerUrl);
    }
}
