package io.lotline.mqtt;

import io.lotline.cluster.NodeName;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The MQTT subscriber (Eclipse Paho): a persistent session (clean session off) subscribed with QoS 1 to the room and
 * machine topics, so the broker keeps what arrives while Lotline is down. Every message is acknowledged only after
 * {@link SensorMessages} committed its readings or kept it as rejected; when the database cannot be reached the
 * message stays unacknowledged, the connection is dropped and the broker delivers it again after the reconnect.
 * Paho reconnects with a backoff doubling up to two minutes; a first connection that fails is tried again the same
 * way here.
 */
@Component
@EnableConfigurationProperties(MqttSettings.class)
class MqttIngest implements SmartLifecycle, MqttCallbackExtended {
    private static final Logger LOG = LoggerFactory.getLogger(MqttIngest.class);
    private static final int QOS_AT_LEAST_ONCE = 1;
    private static final long MAX_CONNECT_DELAY_SECONDS = 120;

    private final MqttSettings settings;
    private final SensorMessages messages;
    private final Clock clock;
    private final String clientId;
    private final List<String> topicFilters;
    private ScheduledExecutorService connector;
    private volatile MqttAsyncClient client;
    private volatile boolean running;
    private volatile String lastProblem;
    private volatile Instant lastProblemAt;

    MqttIngest(MqttSettings settings, SensorMessages messages, NodeName node, Clock clock) {
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.clientId = StringUtils.hasText(settings.clientId()) ? settings.clientId().trim()
                : "lotline-" + node.name();
        String share = StringUtils.hasText(settings.sharedGroup())
                ? "$share/" + settings.sharedGroup().trim() + "/" : "";
        this.topicFilters = List.of(share + SensorMessages.ROOM_TOPICS, share + SensorMessages.MACHINE_TOPICS);
    }

    ConnectionState state() {
        MqttAsyncClient current = client;
        return new ConnectionState(settings.enabled(), current != null && current.isConnected(), settings.brokerUrl(),
                settings.enabled() ? clientId : null, settings.enabled() ? topicFilters : List.of(), lastProblem,
                lastProblemAt);
    }

    @Override
    public synchronized void start() {
        if (running || !settings.enabled()) {
            return;
        }
        try {
            client = new MqttAsyncClient(settings.brokerUrl().trim(), clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalStateException("lotline.mqtt.broker-url " + settings.brokerUrl() + ": " + e.getMessage(),
                    e);
        }
        client.setManualAcks(true);
        client.setCallback(this);
        connector = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mqtt-connect");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        connect(1);
    }

    private void connect(long delaySeconds) {
        try {
            client.connect(options(), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    // connectComplete subscribes
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    problem("cannot connect to " + settings.brokerUrl() + ": " + failure.getMessage());
                    long next = Math.min(delaySeconds * 2, MAX_CONNECT_DELAY_SECONDS);
                    if (running) {
                        connector.schedule(() -> connect(next), delaySeconds, TimeUnit.SECONDS);
                    }
                }
            });
        } catch (MqttException e) {
            problem("cannot connect to " + settings.brokerUrl() + ": " + e.getMessage());
        }
    }

    private MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay((int) TimeUnit.SECONDS.toMillis(MAX_CONNECT_DELAY_SECONDS));
        options.setKeepAliveInterval(30);
        if (StringUtils.hasText(settings.username())) {
            options.setUserName(settings.username());
            options.setPassword(settings.password() == null ? new char[0] : settings.password().toCharArray());
        }
        if (settings.trustStore() != null) {
            Properties tls = new Properties();
            tls.setProperty("com.ibm.ssl.trustStore", settings.trustStore().toString());
            if (settings.trustStorePassword() != null) {
                tls.setProperty("com.ibm.ssl.trustStorePassword", settings.trustStorePassword());
            }
            options.setSSLProperties(tls);
        }
        return options;
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        // not waited for: this runs on the callback thread, which must stay free to take the messages
        int[] qos = topicFilters.stream().mapToInt(topic -> QOS_AT_LEAST_ONCE).toArray();
        try {
            client.subscribe(topicFilters.toArray(String[]::new), qos, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    lastProblem = null;
                    lastProblemAt = null;
                    LOG.info("MQTT {} to {} as {}, subscribed to {}", reconnect ? "reconnected" : "connected",
                            serverUri, clientId, topicFilters);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    problem("cannot subscribe to " + topicFilters + ": " + failure.getMessage());
                }
            });
        } catch (MqttException e) {
            problem("cannot subscribe to " + topicFilters + ": " + e.getMessage());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        problem("connection lost: " + cause.getMessage() + "; reconnecting");
    }

    /**
     * Runs on Paho's one callback thread, so a room's or machine's messages are recorded in the order they came.
     * Throwing closes the connection without the acknowledgement: the broker delivers the message again.
     */
    @Override
    public void messageArrived(String topic, MqttMessage message) throws MqttException {
        messages.handle(topic, message.getPayload());
        client.messageArrivedComplete(message.getId(), message.getQos());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Lotline only subscribes
    }

    private void problem(String what) {
        lastProblem = what;
        lastProblemAt = clock.instant();
        LOG.warn("MQTT {}", what);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        connector.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(TimeUnit.SECONDS.toMillis(10));
            }
            client.close(true);
        } catch (MqttException e) {
            LOG.warn("MQTT disconnect: {}", e.getMessage());
        }
        client = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
