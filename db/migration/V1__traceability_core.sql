-- Lotline's own tables. Portable between H2 2.x and MariaDB 10.6+:
-- DATETIME(6) holds UTC instants (Hibernate writes UTC), LONGTEXT holds free-length JSON.

CREATE TABLE supplier (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    status  VARCHAR(20)  NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT uk_supplier_code UNIQUE (code),
    CONSTRAINT ck_supplier_status CHECK (status IN ('APPROVED', 'CONDITIONAL', 'DISQUALIFIED'))
);

CREATE TABLE material (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    part_number     VARCHAR(40)  NOT NULL,
    description     VARCHAR(200) NOT NULL,
    gtin            VARCHAR(14),
    tracking_mode   VARCHAR(10)  NOT NULL,
    unit            VARCHAR(10)  NOT NULL,
    shelf_life_days INT,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_material_part_number UNIQUE (part_number),
    CONSTRAINT uk_material_gtin UNIQUE (gtin),
    CONSTRAINT ck_material_tracking_mode CHECK (tracking_mode IN ('LOT', 'SERIAL')),
    CONSTRAINT ck_material_shelf_life CHECK (shelf_life_days IS NULL OR shelf_life_days > 0)
);

CREATE TABLE inspection_characteristic (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    material_id BIGINT        NOT NULL,
    seq_no      INT           NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    unit        VARCHAR(20),
    lower_limit DECIMAL(19, 6),
    upper_limit DECIMAL(19, 6),
    pass_fail   BOOLEAN       NOT NULL,
    CONSTRAINT fk_characteristic_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT uk_characteristic_name UNIQUE (material_id, name)
);

CREATE SEQUENCE material_lot_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE material_lot (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    lot_number                 VARCHAR(30)    NOT NULL,
    supplier_lot_number        VARCHAR(60)    NOT NULL,
    supplier_id                BIGINT         NOT NULL,
    material_id                BIGINT         NOT NULL,
    purchase_order             VARCHAR(60)    NOT NULL,
    received_quantity          DECIMAL(19, 6) NOT NULL,
    quantity                   DECIMAL(19, 6) NOT NULL,
    unit                       VARCHAR(10)    NOT NULL,
    received_at                DATETIME(6)    NOT NULL,
    received_by                VARCHAR(60)    NOT NULL,
    manufactured_on            DATE,
    expires_on                 DATE,
    certificate_of_conformance VARCHAR(100),
    status                     VARCHAR(30)    NOT NULL,
    process_instance_id        VARCHAR(64),
    version                    BIGINT         NOT NULL,
    CONSTRAINT uk_material_lot_number UNIQUE (lot_number),
    CONSTRAINT fk_lot_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_lot_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT ck_lot_quantity CHECK (quantity >= 0 AND received_quantity > 0 AND quantity <= received_quantity),
    CONSTRAINT ck_lot_dates CHECK (expires_on IS NULL OR manufactured_on IS NULL OR expires_on >= manufactured_on),
    CONSTRAINT ck_lot_status CHECK (status IN ('IN_INSPECTION', 'RELEASED', 'CONDITIONALLY_RELEASED', 'QUARANTINED',
                                               'REJECTED', 'RETURNED', 'SCRAPPED', 'CONSUMED', 'EXPIRED'))
);
CREATE INDEX ix_material_lot_status ON material_lot (status);

-- One row per parent → child edge of the chain: supplier lot → material lot → batch → finished lot → serial → shipment.
CREATE TABLE genealogy_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_type VARCHAR(20)    NOT NULL,
    parent_id   VARCHAR(100)   NOT NULL,
    child_type  VARCHAR(20)    NOT NULL,
    child_id    VARCHAR(100)   NOT NULL,
    quantity    DECIMAL(19, 6),
    unit        VARCHAR(10),
    linked_at   DATETIME(6)    NOT NULL,
    linked_by   VARCHAR(60)    NOT NULL
);
CREATE INDEX ix_genealogy_parent ON genealogy_link (parent_type, parent_id);
CREATE INDEX ix_genealogy_child ON genealogy_link (child_type, child_id);

CREATE TABLE inspection (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    lot_id              BIGINT        NOT NULL,
    process_instance_id VARCHAR(64),
    status              VARCHAR(20)   NOT NULL,
    decision            VARCHAR(20),
    comment             VARCHAR(2000),
    opened_at           DATETIME(6)   NOT NULL,
    performed_by        VARCHAR(60),
    performed_at        DATETIME(6),
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_inspection_lot FOREIGN KEY (lot_id) REFERENCES material_lot (id),
    CONSTRAINT ck_inspection_status CHECK (status IN ('OPEN', 'COMPLETED')),
    CONSTRAINT ck_inspection_decision CHECK (decision IS NULL OR decision IN ('PASS', 'FAIL', 'CONDITIONAL'))
);

-- Limits are copied from the plan when the inspection opens: the record keeps the limits it was judged against.
CREATE TABLE inspection_result (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    inspection_id    BIGINT         NOT NULL,
    seq_no           INT            NOT NULL,
    characteristic   VARCHAR(100)   NOT NULL,
    unit             VARCHAR(20),
    lower_limit      DECIMAL(19, 6),
    upper_limit      DECIMAL(19, 6),
    pass_fail        BOOLEAN        NOT NULL,
    measured_value   DECIMAL(19, 6),
    attribute_result VARCHAR(4),
    within_limits    BOOLEAN,
    CONSTRAINT fk_result_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT uk_result_characteristic UNIQUE (inspection_id, characteristic),
    CONSTRAINT ck_result_attribute CHECK (attribute_result IS NULL OR attribute_result IN ('PASS', 'FAIL'))
);

CREATE TABLE app_user (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    username                  VARCHAR(60)  NOT NULL,
    password_hash             VARCHAR(100) NOT NULL,
    full_name                 VARCHAR(200) NOT NULL,
    enabled                   BOOLEAN      NOT NULL,
    failed_signature_attempts INT          NOT NULL,
    signing_locked_until      DATETIME(6),
    version                   BIGINT       NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_role_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_role CHECK (role IN ('QC_TECHNICIAN', 'QC_MANAGER', 'AUDITOR', 'ADMIN'))
);

CREATE TABLE electronic_signature (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     VARCHAR(60)  NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    meaning     VARCHAR(60)  NOT NULL,
    signed_at   DATETIME(6)  NOT NULL,
    record_type VARCHAR(40)  NOT NULL,
    record_id   VARCHAR(60)  NOT NULL,
    record_hash VARCHAR(64)     NOT NULL
);
CREATE INDEX ix_signature_record ON electronic_signature (record_type, record_id);

CREATE TABLE concession (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    lot_id        BIGINT        NOT NULL,
    inspection_id BIGINT        NOT NULL,
    approved      BOOLEAN       NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    conditions    VARCHAR(2000),
    valid_until   DATE,
    decided_by    VARCHAR(60)   NOT NULL,
    decided_at    DATETIME(6)   NOT NULL,
    signature_id  BIGINT,
    CONSTRAINT fk_concession_lot FOREIGN KEY (lot_id) REFERENCES material_lot (id),
    CONSTRAINT fk_concession_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_concession_signature FOREIGN KEY (signature_id) REFERENCES electronic_signature (id),
    CONSTRAINT uk_concession_inspection UNIQUE (inspection_id),
    CONSTRAINT ck_concession_terms CHECK (approved = FALSE OR (conditions IS NOT NULL AND valid_until IS NOT NULL))
);

-- Append-only, hash-chained. id is the chain position, assigned under the lock on audit_chain_head.
CREATE TABLE audit_entry (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    occurred_at         DATETIME(6)   NOT NULL,
    user_id             VARCHAR(60)   NOT NULL,
    action              VARCHAR(30)   NOT NULL,
    entity_type         VARCHAR(40)   NOT NULL,
    entity_id           VARCHAR(100)  NOT NULL,
    lot_number          VARCHAR(30),
    changes             LONGTEXT,
    reason              VARCHAR(2000),
    process_instance_id VARCHAR(64),
    previous_hash       VARCHAR(64)      NOT NULL,
    hash                VARCHAR(64)      NOT NULL,
    CONSTRAINT uk_audit_hash UNIQUE (hash)
);
CREATE INDEX ix_audit_lot ON audit_entry (lot_number);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);

CREATE TABLE audit_chain_head (
    id            INT      NOT NULL PRIMARY KEY,
    last_sequence BIGINT   NOT NULL,
    last_hash     VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE idempotency_record (
    username        VARCHAR(60)   NOT NULL,
    operation       VARCHAR(60)   NOT NULL,
    idempotency_key VARCHAR(100)  NOT NULL,
    request_hash    VARCHAR(64)      NOT NULL,
    response_status INT           NOT NULL,
    response_body   VARCHAR(4000) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (username, operation, idempotency_key)
);
