-- Production: bills of materials, process parameters, molding runs (batches), material issue, in-process readings
-- with SPC, in-process holds, and corrective and preventive actions (CAPA).

CREATE TABLE bom_line (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id        BIGINT         NOT NULL,
    component_id      BIGINT         NOT NULL,
    quantity_per_unit DECIMAL(19, 6) NOT NULL,
    CONSTRAINT fk_bom_product FOREIGN KEY (product_id) REFERENCES material (id),
    CONSTRAINT fk_bom_component FOREIGN KEY (component_id) REFERENCES material (id),
    CONSTRAINT uk_bom_component UNIQUE (product_id, component_id),
    CONSTRAINT ck_bom_quantity CHECK (quantity_per_unit > 0)
);

-- Spec limits and the SPC baseline of one process parameter of a product. A missing centre line and sigma are
-- computed per series (batch, parameter, cavity) from its first readings.
CREATE TABLE process_parameter (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id  BIGINT         NOT NULL,
    name        VARCHAR(60)    NOT NULL,
    unit        VARCHAR(20)    NOT NULL,
    lower_spec  DECIMAL(19, 6),
    upper_spec  DECIMAL(19, 6),
    center_line DECIMAL(19, 6),
    sigma       DECIMAL(19, 6),
    per_cavity  BOOLEAN        NOT NULL,
    CONSTRAINT fk_parameter_product FOREIGN KEY (product_id) REFERENCES material (id),
    CONSTRAINT uk_parameter_name UNIQUE (product_id, name),
    CONSTRAINT ck_parameter_baseline CHECK ((center_line IS NULL AND sigma IS NULL) OR (center_line IS NOT NULL AND sigma > 0))
);

CREATE SEQUENCE batch_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE production_batch (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_number         VARCHAR(30)    NOT NULL,
    product_id           BIGINT         NOT NULL,
    planned_quantity     INT            NOT NULL,
    machine_id           VARCHAR(40)    NOT NULL,
    mold_id              VARCHAR(40)    NOT NULL,
    cavities             INT            NOT NULL,
    shift                VARCHAR(20)    NOT NULL,
    operator             VARCHAR(60)    NOT NULL,
    drying_temperature   DECIMAL(19, 6),
    drying_time_hours    DECIMAL(19, 6),
    melt_temperature     DECIMAL(19, 6),
    injection_pressure   DECIMAL(19, 6),
    hold_pressure        DECIMAL(19, 6),
    cycle_time           DECIMAL(19, 6),
    status               VARCHAR(20)    NOT NULL,
    created_at           DATETIME(6)    NOT NULL,
    created_by           VARCHAR(60)    NOT NULL,
    started_at           DATETIME(6),
    started_by           VARCHAR(60),
    completed_at         DATETIME(6),
    completed_by         VARCHAR(60),
    good_quantity        INT,
    scrap_quantity       INT,
    scrapped_on_hold     INT            NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT uk_batch_number UNIQUE (batch_number),
    CONSTRAINT fk_batch_product FOREIGN KEY (product_id) REFERENCES material (id),
    CONSTRAINT ck_batch_status CHECK (status IN ('PLANNED', 'RUNNING', 'ON_HOLD', 'COMPLETED', 'REJECTED')),
    CONSTRAINT ck_batch_quantities CHECK (planned_quantity > 0 AND cavities > 0 AND scrapped_on_hold >= 0
        AND (good_quantity IS NULL OR good_quantity >= 0) AND (scrap_quantity IS NULL OR scrap_quantity >= 0))
);

CREATE TABLE batch_cavity_output (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id       BIGINT NOT NULL,
    cavity         INT    NOT NULL,
    good_quantity  INT    NOT NULL,
    scrap_quantity INT    NOT NULL,
    CONSTRAINT fk_cavity_output_batch FOREIGN KEY (batch_id) REFERENCES production_batch (id),
    CONSTRAINT uk_cavity_output UNIQUE (batch_id, cavity),
    CONSTRAINT ck_cavity_output CHECK (cavity > 0 AND good_quantity >= 0 AND scrap_quantity >= 0)
);

CREATE TABLE material_consumption (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id              BIGINT         NOT NULL,
    lot_id                BIGINT         NOT NULL,
    quantity              DECIMAL(19, 6) NOT NULL,
    unit                  VARCHAR(10)    NOT NULL,
    lot_status_at_issue   VARCHAR(30)    NOT NULL,
    fefo_lot_number       VARCHAR(30),
    fefo_override_reason  VARCHAR(2000),
    signature_id          BIGINT,
    issued_at             DATETIME(6)    NOT NULL,
    issued_by             VARCHAR(60)    NOT NULL,
    CONSTRAINT fk_consumption_batch FOREIGN KEY (batch_id) REFERENCES production_batch (id),
    CONSTRAINT fk_consumption_lot FOREIGN KEY (lot_id) REFERENCES material_lot (id),
    CONSTRAINT fk_consumption_signature FOREIGN KEY (signature_id) REFERENCES electronic_signature (id),
    CONSTRAINT ck_consumption_quantity CHECK (quantity > 0),
    CONSTRAINT ck_consumption_override CHECK (fefo_lot_number IS NULL OR (fefo_override_reason IS NOT NULL AND signature_id IS NOT NULL))
);
CREATE INDEX ix_consumption_batch ON material_consumption (batch_id);
CREATE INDEX ix_consumption_lot ON material_consumption (lot_id);

CREATE SEQUENCE hold_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE in_process_hold (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    hold_number         VARCHAR(30)   NOT NULL,
    batch_id            BIGINT        NOT NULL,
    origin              VARCHAR(20)   NOT NULL,
    reason              VARCHAR(2000) NOT NULL,
    cavities            VARCHAR(200),
    opened_at           DATETIME(6)   NOT NULL,
    opened_by           VARCHAR(60)   NOT NULL,
    process_instance_id VARCHAR(64),
    status              VARCHAR(20)   NOT NULL,
    findings            VARCHAR(2000),
    suspected_cause     VARCHAR(2000),
    affected_cavities   VARCHAR(200),
    affected_quantity   INT,
    investigated_by     VARCHAR(60),
    investigated_at     DATETIME(6),
    decision            VARCHAR(20),
    justification       VARCHAR(2000),
    scrap_cavities      VARCHAR(200),
    scrap_quantity      INT,
    open_capa           BOOLEAN,
    capa_number         VARCHAR(30),
    decided_by          VARCHAR(60),
    decided_at          DATETIME(6),
    signature_id        BIGINT,
    closed_at           DATETIME(6),
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_hold_number UNIQUE (hold_number),
    CONSTRAINT fk_hold_batch FOREIGN KEY (batch_id) REFERENCES production_batch (id),
    CONSTRAINT fk_hold_signature FOREIGN KEY (signature_id) REFERENCES electronic_signature (id),
    CONSTRAINT ck_hold_origin CHECK (origin IN ('SPC_VIOLATION', 'SPEC_VIOLATION', 'MANUAL')),
    CONSTRAINT ck_hold_status CHECK (status IN ('OPEN', 'INVESTIGATED', 'DECIDED', 'CLOSED')),
    CONSTRAINT ck_hold_decision CHECK (decision IS NULL OR decision IN ('RESUME', 'SCRAP_CAVITY', 'REJECT_BATCH')),
    CONSTRAINT ck_hold_quantities CHECK ((affected_quantity IS NULL OR affected_quantity >= 0)
        AND (scrap_quantity IS NULL OR scrap_quantity > 0))
);
CREATE INDEX ix_hold_batch ON in_process_hold (batch_id);

-- Readings are process data: written in bulk, never changed. cavity 0 is a whole-shot reading (not per cavity);
-- seq_no numbers the readings of one series (batch, parameter, cavity) in the order they arrived.
CREATE TABLE process_reading (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id    BIGINT         NOT NULL,
    parameter   VARCHAR(60)    NOT NULL,
    cavity      INT            NOT NULL,
    seq_no      INT            NOT NULL,
    reading     DECIMAL(19, 6) NOT NULL,
    unit        VARCHAR(20)    NOT NULL,
    taken_at    DATETIME(6)    NOT NULL,
    source      VARCHAR(10)    NOT NULL,
    recorded_at DATETIME(6)    NOT NULL,
    recorded_by VARCHAR(60)    NOT NULL,
    CONSTRAINT fk_reading_batch FOREIGN KEY (batch_id) REFERENCES production_batch (id),
    CONSTRAINT uk_reading_series UNIQUE (batch_id, parameter, cavity, seq_no),
    CONSTRAINT ck_reading_source CHECK (source IN ('OPERATOR', 'SENSOR'))
);

-- The incremental SPC state of one series: the baseline sums while limits are being computed, then the limits, and
-- the zones of the last eight readings (enough for every Western Electric rule).
CREATE TABLE spc_series (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id         BIGINT         NOT NULL,
    parameter        VARCHAR(60)    NOT NULL,
    cavity           INT            NOT NULL,
    readings         INT            NOT NULL,
    baseline_sum     DOUBLE         NOT NULL,
    baseline_mr_sum  DOUBLE         NOT NULL,
    last_value       DOUBLE,
    center_line      DOUBLE,
    sigma            DOUBLE,
    limits_computed  BOOLEAN        NOT NULL,
    recent_zones     VARCHAR(8)     NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT fk_series_batch FOREIGN KEY (batch_id) REFERENCES production_batch (id),
    CONSTRAINT uk_series UNIQUE (batch_id, parameter, cavity)
);

CREATE TABLE spc_violation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id    BIGINT         NOT NULL,
    parameter   VARCHAR(60)    NOT NULL,
    cavity      INT            NOT NULL,
    seq_no      INT            NOT NULL,
    rule_name   VARCHAR(40)    NOT NULL,
    reading     DECIMAL(19, 6) NOT NULL,
    detail      VARCHAR(400)   NOT NULL,
    hold_id     BIGINT,
    detected_at DATETIME(6)    NOT NULL,
    CONSTRAINT fk_violation_batch FOREIGN KEY (batch_id) REFERENCES production_batch (id),
    CONSTRAINT fk_violation_hold FOREIGN KEY (hold_id) REFERENCES in_process_hold (id)
);
CREATE INDEX ix_violation_batch ON spc_violation (batch_id, parameter, cavity);

CREATE SEQUENCE capa_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE capa (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    capa_number         VARCHAR(30)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    description         VARCHAR(2000) NOT NULL,
    source              VARCHAR(20)   NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    opened_at           DATETIME(6)   NOT NULL,
    opened_by           VARCHAR(60)   NOT NULL,
    process_instance_id VARCHAR(64),
    analysis_round      INT           NOT NULL,
    rca_method          VARCHAR(20),
    root_cause          VARCHAR(4000),
    analysed_by         VARCHAR(60),
    escalated_at        DATETIME(6),
    verified_effective  BOOLEAN,
    verification_notes  VARCHAR(2000),
    verified_by         VARCHAR(60),
    verified_at         DATETIME(6),
    closure_comment     VARCHAR(2000),
    closed_by           VARCHAR(60),
    closed_at           DATETIME(6),
    signature_id        BIGINT,
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_capa_number UNIQUE (capa_number),
    CONSTRAINT fk_capa_signature FOREIGN KEY (signature_id) REFERENCES electronic_signature (id),
    CONSTRAINT ck_capa_source CHECK (source IN ('IN_PROCESS_HOLD', 'NONCONFORMANCE', 'MANUAL')),
    CONSTRAINT ck_capa_status CHECK (status IN ('ROOT_CAUSE_ANALYSIS', 'ACTION_PLANNING', 'IMPLEMENTATION',
        'EFFECTIVENESS_CHECK', 'VERIFICATION', 'CLOSURE_APPROVAL', 'CLOSED')),
    CONSTRAINT ck_capa_rca_method CHECK (rca_method IS NULL OR rca_method IN ('FIVE_WHY', 'FISHBONE', 'FAULT_TREE', 'OTHER'))
);

CREATE TABLE capa_action (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    capa_id        BIGINT        NOT NULL,
    analysis_round INT           NOT NULL,
    seq_no         INT           NOT NULL,
    action_type    VARCHAR(12)   NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    owner          VARCHAR(60)   NOT NULL,
    due_on         DATE          NOT NULL,
    evidence       VARCHAR(2000),
    implemented_by VARCHAR(60),
    implemented_at DATETIME(6),
    CONSTRAINT fk_action_capa FOREIGN KEY (capa_id) REFERENCES capa (id),
    CONSTRAINT uk_action_seq UNIQUE (capa_id, seq_no),
    CONSTRAINT ck_action_type CHECK (action_type IN ('CORRECTIVE', 'PREVENTIVE'))
);

CREATE TABLE capa_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    capa_id     BIGINT       NOT NULL,
    record_type VARCHAR(20)  NOT NULL,
    record_id   VARCHAR(100) NOT NULL,
    CONSTRAINT fk_link_capa FOREIGN KEY (capa_id) REFERENCES capa (id),
    CONSTRAINT uk_capa_link UNIQUE (capa_id, record_type, record_id),
    CONSTRAINT ck_link_type CHECK (record_type IN ('MATERIAL_LOT', 'BATCH', 'NONCONFORMANCE', 'IN_PROCESS_HOLD'))
);
CREATE INDEX ix_capa_link_record ON capa_link (record_type, record_id);
