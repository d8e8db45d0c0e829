-- Issue 5: finished lots and serials, lot release, customers and shipments.
-- Forward-only and portable (H2 and MariaDB). Making material_lot's supplier columns nullable needs
-- vendor syntax; that step is V4_1 under db/vendor/{vendor}, and V4_2 adds the checks that depend on it.

-- A finished lot is a lot like any other (one table, one status machine); origin tells where it came from.
ALTER TABLE material_lot ADD COLUMN origin VARCHAR(10) DEFAULT 'RECEIVED' NOT NULL;
ALTER TABLE material_lot ADD CONSTRAINT ck_lot_origin CHECK (origin IN ('RECEIVED', 'PRODUCED'));
ALTER TABLE material_lot DROP CONSTRAINT ck_lot_status;
ALTER TABLE material_lot ADD CONSTRAINT ck_lot_status CHECK (status IN ('IN_INSPECTION', 'IN_RELEASE_REVIEW', 'RELEASED',
    'CONDITIONALLY_RELEASED', 'QUARANTINED', 'REJECTED', 'RETURNED', 'SCRAPPED', 'CONSUMED', 'SHIPPED', 'EXPIRED'));
CREATE INDEX ix_material_lot_origin ON material_lot (origin, status);
CREATE SEQUENCE finished_lot_number_seq START WITH 1 INCREMENT BY 1;

-- A batch belongs to the finished lot (release group) its good parts went into.
ALTER TABLE production_batch ADD COLUMN finished_lot_id BIGINT;
ALTER TABLE production_batch ADD CONSTRAINT fk_batch_finished_lot FOREIGN KEY (finished_lot_id) REFERENCES material_lot (id);

-- A completed batch can be held too (before its finished lot is released); resuming returns it to this status.
ALTER TABLE in_process_hold ADD COLUMN batch_status_before VARCHAR(20) DEFAULT 'RUNNING' NOT NULL;
ALTER TABLE in_process_hold ADD CONSTRAINT ck_hold_batch_status_before CHECK (batch_status_before IN ('RUNNING', 'COMPLETED'));

-- Final inspections of finished lots use the same inspection records as incoming ones.
ALTER TABLE inspection ADD COLUMN kind VARCHAR(10) DEFAULT 'INCOMING' NOT NULL;
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_kind CHECK (kind IN ('INCOMING', 'FINAL'));

CREATE TABLE serial_unit (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    gtin         VARCHAR(14)  NOT NULL,
    serial       VARCHAR(20)  NOT NULL,
    lot_id       BIGINT       NOT NULL,
    batch_number VARCHAR(30)  NOT NULL,
    cavity       INT,
    status       VARCHAR(10)  NOT NULL,
    shipment_id  BIGINT,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_serial_gtin_serial UNIQUE (gtin, serial),
    CONSTRAINT uk_serial_serial UNIQUE (serial),
    CONSTRAINT fk_serial_lot FOREIGN KEY (lot_id) REFERENCES material_lot (id),
    CONSTRAINT fk_serial_batch FOREIGN KEY (batch_number) REFERENCES production_batch (batch_number),
    CONSTRAINT ck_serial_status CHECK (status IN ('IN_STOCK', 'SHIPPED')),
    CONSTRAINT ck_serial_shipped CHECK ((status = 'SHIPPED' AND shipment_id IS NOT NULL)
                                    OR (status = 'IN_STOCK' AND shipment_id IS NULL))
);
CREATE INDEX ix_serial_lot ON serial_unit (lot_id, status);

-- One plant-wide serial counter, so a serial alone identifies a unit (and is unique per GTIN, as GS1 requires).
-- A completing batch reserves its whole range in one update; the row lock serialises concurrent completions.
CREATE TABLE serial_counter (
    name       VARCHAR(20) PRIMARY KEY,
    next_value BIGINT      NOT NULL,
    CONSTRAINT ck_serial_counter CHECK (next_value > 0)
);
INSERT INTO serial_counter (name, next_value) VALUES ('SERIAL', 1);

-- One row per lot release decision (release, conditional release or rejection), with its signature. A conditional
-- release carries its conditions and end date, and may be restricted to named customers (comma-separated codes).
CREATE TABLE lot_release (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    lot_id         BIGINT        NOT NULL,
    decision       VARCHAR(25)   NOT NULL,
    comment        VARCHAR(2000) NOT NULL,
    conditions     VARCHAR(2000),
    valid_until    DATE,
    customer_codes VARCHAR(500),
    quantity       DECIMAL(19, 6) NOT NULL,
    inspected_by   VARCHAR(60),
    decided_by     VARCHAR(60)   NOT NULL,
    decided_at     DATETIME(6)   NOT NULL,
    signature_id   BIGINT,
    process_instance_id VARCHAR(64),
    CONSTRAINT uk_release_lot UNIQUE (lot_id),
    CONSTRAINT fk_release_lot FOREIGN KEY (lot_id) REFERENCES material_lot (id),
    CONSTRAINT fk_release_signature FOREIGN KEY (signature_id) REFERENCES electronic_signature (id),
    CONSTRAINT ck_release_decision CHECK (decision IN ('RELEASE', 'CONDITIONAL_RELEASE', 'REJECT')),
    CONSTRAINT ck_release_conditional CHECK (decision <> 'CONDITIONAL_RELEASE'
                                             OR (conditions IS NOT NULL AND valid_until IS NOT NULL))
);

CREATE TABLE customer (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(20)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    address  VARCHAR(500) NOT NULL,
    version  BIGINT       NOT NULL,
    CONSTRAINT uk_customer_code UNIQUE (code)
);

CREATE SEQUENCE shipment_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE shipment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    shipment_number VARCHAR(30)  NOT NULL,
    customer_id     BIGINT       NOT NULL,
    order_number    VARCHAR(60)  NOT NULL,
    ship_to         VARCHAR(500) NOT NULL,
    shipped_at      DATETIME(6)  NOT NULL,
    shipped_by      VARCHAR(60)  NOT NULL,
    CONSTRAINT uk_shipment_number UNIQUE (shipment_number),
    CONSTRAINT fk_shipment_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

ALTER TABLE serial_unit ADD CONSTRAINT fk_serial_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id);

CREATE TABLE shipment_line (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    shipment_id BIGINT         NOT NULL,
    line_no     INT            NOT NULL,
    lot_id      BIGINT         NOT NULL,
    serial_id   BIGINT,
    quantity    DECIMAL(19, 6) NOT NULL,
    unit        VARCHAR(10)    NOT NULL,
    CONSTRAINT uk_shipment_line UNIQUE (shipment_id, line_no),
    CONSTRAINT uk_shipment_serial UNIQUE (serial_id),
    CONSTRAINT fk_line_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id),
    CONSTRAINT fk_line_lot FOREIGN KEY (lot_id) REFERENCES material_lot (id),
    CONSTRAINT fk_line_serial FOREIGN KEY (serial_id) REFERENCES serial_unit (id),
    CONSTRAINT ck_line_quantity CHECK (quantity > 0)
);
CREATE INDEX ix_shipment_line_lot ON shipment_line (lot_id);
