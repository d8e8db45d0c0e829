-- Classified rooms (ISO 14644-1), their alert and action limits per monitored parameter, the readings taken in them,
-- and the environmental excursions those readings opened.
CREATE TABLE room (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(30)  NOT NULL,
    name       VARCHAR(120) NOT NULL,
    iso_class  INT          NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    CONSTRAINT uk_room_code UNIQUE (code),
    CONSTRAINT ck_room_iso_class CHECK (iso_class BETWEEN 5 AND 9)
);

-- Upper limits (alert_high, action_high) and lower limits (alert_low, action_low); null where a side has none.
-- beyond_alert_in_a_row counts the latest readings beyond an alert limit, for the alert excursion.
CREATE TABLE room_limit (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    room_id               BIGINT         NOT NULL,
    parameter             VARCHAR(30)    NOT NULL,
    unit                  VARCHAR(20)    NOT NULL,
    alert_high            DECIMAL(19, 6),
    action_high           DECIMAL(19, 6),
    alert_low             DECIMAL(19, 6),
    action_low            DECIMAL(19, 6),
    beyond_alert_in_a_row INT            NOT NULL,
    CONSTRAINT fk_room_limit_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT uk_room_limit UNIQUE (room_id, parameter)
);

CREATE TABLE room_reading (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    room_id     BIGINT         NOT NULL,
    parameter   VARCHAR(30)    NOT NULL,
    reading     DECIMAL(19, 6) NOT NULL,
    unit        VARCHAR(20)    NOT NULL,
    taken_at    DATETIME(6)    NOT NULL,
    recorded_at DATETIME(6)    NOT NULL,
    recorded_by VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_room_reading_room FOREIGN KEY (room_id) REFERENCES room (id)
);
CREATE INDEX ix_room_reading_time ON room_reading (room_id, parameter, taken_at);

CREATE SEQUENCE excursion_number_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE excursion (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    excursion_number VARCHAR(20)    NOT NULL,
    room_id          BIGINT         NOT NULL,
    parameter        VARCHAR(30)    NOT NULL,
    level            VARCHAR(10)    NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    started_at       DATETIME(6)    NOT NULL,
    ended_at         DATETIME(6),
    peak             DECIMAL(19, 6) NOT NULL,
    CONSTRAINT uk_excursion_number UNIQUE (excursion_number),
    CONSTRAINT fk_excursion_room FOREIGN KEY (room_id) REFERENCES room (id)
);
