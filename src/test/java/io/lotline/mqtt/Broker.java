package io.lotline.mqtt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** An MQTT broker as the tests use it: whether it answers, a sensor publishing to it, and ending a session there. */
record Broker(String url) {
    boolean answers() {
        URI broker = URI.create(url);
        try (Socket socket = new Socket()) {
            int port = broker.getPort() < 0 ? 1883 : broker.getPort();
            socket.connect(new InetSocketAddress(broker.getHost(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A sensor's message, QoS 1, as a device would send it: connect, publish, disconnect. */
    void publish(String topic, String payload) throws MqttException {
        MqttClient sensor = new MqttClient(url, "lotline-it-sensor-" + UUID.randomUUID(), new MemoryPersistence());
        try {
            sensor.connect();
            sensor.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
            sensor.disconnect();
        } finally {
            sensor.close();
        }
    }

    /** Ends a client's persistent session (a clean connect and disconnect), so that the broker keeps nothing for it. */
    void endSession(String clientId) throws MqttException {
        MqttClient session = new MqttClient(url, clientId, new MemoryPersistence());
        MqttConnectOptions clean = new MqttConnectOptions();
        clean.setCleanSession(true);
        session.connect(clean);
        session.disconnect();
        session.close();
    }
}
