-- Messages from room and machine sensors (MQTT) that could not be used, kept with the reason instead of dropped:
-- the payload's first 10,000 characters, its whole size in bytes.
CREATE TABLE rejected_machine_message (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic         VARCHAR(300)   NOT NULL,
    payload       VARCHAR(10000) NOT NULL,
    payload_bytes INT            NOT NULL,
    reason        VARCHAR(2000)  NOT NULL,
    received_at   DATETIME(6)    NOT NULL
);
CREATE INDEX ix_rejected_message_received ON rejected_machine_message (received_at);
