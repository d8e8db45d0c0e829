-- Issue 6: trace, recall, auditor's workspace.

-- A trace walks the genealogy by id: one index lookup per link reached, whichever kind of node the id names (a lot is
-- recorded as MATERIAL_LOT when issued or split and as FINISHED_LOT when produced or shipped). Covering the ids of
-- both ends and the quantity, the walk never reads the table rows.
CREATE INDEX ix_genealogy_walk_forward ON genealogy_link (parent_id, parent_type, child_id, child_type, quantity);
CREATE INDEX ix_genealogy_walk_backward ON genealogy_link (child_id, child_type, parent_id, parent_type, quantity);

-- A recall (or a mock recall drill) of a suspect lot: its forward scope, what it held, each customer to notify and
-- what they returned, and the signed effectiveness review. The clock columns time the drill.
CREATE SEQUENCE recall_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE recall (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    recall_number       VARCHAR(30)    NOT NULL,
    lot_number          VARCHAR(30)    NOT NULL,
    reason              VARCHAR(2000)  NOT NULL,
    mock                BOOLEAN        NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    opened_at           DATETIME(6)    NOT NULL,
    opened_by           VARCHAR(60)    NOT NULL,
    process_instance_id VARCHAR(64),
    scoped_at           DATETIME(6),
    trace_millis        BIGINT,
    scope_millis        BIGINT,
    units               DECIMAL(19, 6),
    units_shipped       DECIMAL(19, 6),
    units_in_plant      DECIMAL(19, 6),
    lots                BIGINT,
    batches             BIGINT,
    shipments           BIGINT,
    customers           BIGINT,
    effective           BOOLEAN,
    review_comment      VARCHAR(2000),
    closed_at           DATETIME(6),
    closed_by           VARCHAR(60),
    version             BIGINT         NOT NULL,
    CONSTRAINT uk_recall_number UNIQUE (recall_number),
    CONSTRAINT ck_recall_status CHECK (status IN ('SCOPING', 'NOTIFYING', 'IN_REVIEW', 'CLOSED')),
    CONSTRAINT ck_recall_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND effective IS NOT NULL))
);

CREATE TABLE recall_item (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recall_id    BIGINT       NOT NULL,
    item_type    VARCHAR(20)  NOT NULL,
    item_id      VARCHAR(100) NOT NULL,
    status       VARCHAR(30),
    action       VARCHAR(20)  NOT NULL,
    reference    VARCHAR(30),
    CONSTRAINT uk_recall_item UNIQUE (recall_id, item_type, item_id),
    CONSTRAINT fk_recall_item FOREIGN KEY (recall_id) REFERENCES recall (id),
    CONSTRAINT ck_recall_item_action CHECK (action IN ('HELD', 'WOULD_HOLD', 'ALREADY_BLOCKED', 'FOLLOW_UP',
                                                       'NOT_IN_PLANT'))
);

CREATE TABLE recall_customer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    recall_id       BIGINT         NOT NULL,
    customer_id     BIGINT         NOT NULL,
    units_shipped   DECIMAL(19, 6) NOT NULL,
    contact         VARCHAR(200),
    contacted_on    DATE,
    method          VARCHAR(20),
    response        VARCHAR(2000),
    units_recovered DECIMAL(19, 6),
    notified_by     VARCHAR(60),
    notified_at     DATETIME(6),
    version         BIGINT         NOT NULL,
    CONSTRAINT uk_recall_customer UNIQUE (recall_id, customer_id),
    CONSTRAINT fk_recall_customer_recall FOREIGN KEY (recall_id) REFERENCES recall (id),
    CONSTRAINT fk_recall_customer_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_recall_recovered CHECK (units_recovered IS NULL OR (units_recovered >= 0
                                                                      AND units_recovered <= units_shipped)),
    CONSTRAINT ck_recall_notified CHECK ((notified_at IS NULL) = (contact IS NULL AND units_recovered IS NULL))
);

-- A recall holds what it reaches in the plant: lots through quarantine, running batches through an in-process hold.
ALTER TABLE nonconformance DROP CONSTRAINT ck_nc_origin;
ALTER TABLE nonconformance ADD CONSTRAINT ck_nc_origin
    CHECK (origin IN ('FAILED_INSPECTION', 'REJECTED_CONCESSION', 'CONCESSION_EXPIRED', 'MANUAL_HOLD', 'RECALL'));
ALTER TABLE in_process_hold DROP CONSTRAINT ck_hold_origin;
ALTER TABLE in_process_hold ADD CONSTRAINT ck_hold_origin CHECK (origin IN ('SPC_VIOLATION', 'SPEC_VIOLATION', 'MANUAL', 'RECALL'));
