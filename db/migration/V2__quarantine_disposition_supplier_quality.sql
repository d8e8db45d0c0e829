-- Quarantine and disposition (ISO 13485 §8.3), expiring concessions, supplier quality and skip-lot inspection.

-- The end of the concession under which a lot is CONDITIONALLY_RELEASED, whichever record granted it.
ALTER TABLE material_lot ADD COLUMN concession_until DATE;
ALTER TABLE concession ADD COLUMN expired_at DATETIME(6);

ALTER TABLE inspection ADD COLUMN stage VARCHAR(12) DEFAULT 'NORMAL' NOT NULL;
-- A re-inspection (after rework, or of a split's conforming part) is never skipped and does not count toward the
-- supplier's history.
ALTER TABLE inspection ADD COLUMN reinspection BOOLEAN DEFAULT FALSE NOT NULL;
-- Characteristics marked here are not sampled when a supplier's material is at the REDUCED stage.
ALTER TABLE inspection_characteristic ADD COLUMN skip_when_reduced BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE nonconformance (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    nc_number             VARCHAR(30)    NOT NULL,
    lot_id                BIGINT         NOT NULL,
    origin_lot_id         BIGINT         NOT NULL,
    process_instance_id   VARCHAR(64),
    origin                VARCHAR(30)    NOT NULL,
    quarantine_reason     VARCHAR(2000)  NOT NULL,
    status_before         VARCHAR(30)    NOT NULL,
    opened_at             DATETIME(6)    NOT NULL,
    opened_by             VARCHAR(60)    NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    description           VARCHAR(2000),
    defect_category       VARCHAR(30),
    quantity_affected     DECIMAL(19, 6),
    recorded_by           VARCHAR(60),
    recorded_at           DATETIME(6),
    disposition           VARCHAR(30),
    justification         VARCHAR(2000),
    return_reference      VARCHAR(60),
    conditions            VARCHAR(2000),
    valid_until           DATE,
    decided_by            VARCHAR(60),
    decided_at            DATETIME(6),
    signature_id          BIGINT,
    rework_description    VARCHAR(2000),
    reworked_by           VARCHAR(60),
    reworked_at           DATETIME(6),
    closed_at             DATETIME(6),
    version               BIGINT         NOT NULL,
    CONSTRAINT uk_nonconformance_number UNIQUE (nc_number),
    CONSTRAINT fk_nc_lot FOREIGN KEY (lot_id) REFERENCES material_lot (id),
    CONSTRAINT fk_nc_origin_lot FOREIGN KEY (origin_lot_id) REFERENCES material_lot (id),
    CONSTRAINT fk_nc_signature FOREIGN KEY (signature_id) REFERENCES electronic_signature (id),
    CONSTRAINT ck_nc_origin CHECK (origin IN ('FAILED_INSPECTION', 'REJECTED_CONCESSION', 'CONCESSION_EXPIRED', 'MANUAL_HOLD')),
    CONSTRAINT ck_nc_status CHECK (status IN ('OPEN', 'RECORDED', 'DISPOSITIONED', 'CLOSED', 'RELEASED_FROM_HOLD')),
    CONSTRAINT ck_nc_disposition CHECK (disposition IS NULL OR disposition IN ('RETURN_TO_SUPPLIER', 'SCRAP', 'USE_AS_IS', 'REWORK')),
    CONSTRAINT ck_nc_quantity CHECK (quantity_affected IS NULL OR quantity_affected > 0)
);
CREATE INDEX ix_nonconformance_lot ON nonconformance (lot_id);
CREATE SEQUENCE nonconformance_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE supplier_corrective_action (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    scar_number        VARCHAR(30)   NOT NULL,
    supplier_id        BIGINT        NOT NULL,
    nonconformance_id  BIGINT        NOT NULL,
    lot_number         VARCHAR(30)   NOT NULL,
    description        VARCHAR(2000) NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    raised_by          VARCHAR(60)   NOT NULL,
    raised_at          DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT uk_scar_number UNIQUE (scar_number),
    CONSTRAINT fk_scar_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_scar_nonconformance FOREIGN KEY (nonconformance_id) REFERENCES nonconformance (id),
    CONSTRAINT ck_scar_status CHECK (status IN ('OPEN', 'CLOSED'))
);

-- Inspection history of one supplier's material, driving its inspection stage (decided by bpmn/inspection-stage.dmn).
CREATE TABLE supplier_material_quality (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    supplier_id         BIGINT      NOT NULL,
    material_id         BIGINT      NOT NULL,
    stage               VARCHAR(12) NOT NULL,
    passes_at_stage     INT         NOT NULL,
    lots_skipped        INT         NOT NULL,
    last_result         VARCHAR(4)  NOT NULL,
    inspections         INT         NOT NULL,
    passes              INT         NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    version             BIGINT      NOT NULL,
    CONSTRAINT uk_supplier_material UNIQUE (supplier_id, material_id),
    CONSTRAINT fk_quality_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_quality_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT ck_quality_stage CHECK (stage IN ('NORMAL', 'REDUCED', 'SKIP', 'TIGHTENED')),
    CONSTRAINT ck_quality_last_result CHECK (last_result IN ('NONE', 'PASS', 'FAIL'))
);
