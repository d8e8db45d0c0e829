-- The environmental-excursion process (bpmn/environmental-excursion.bpmn) of an excursion at the action level: QC's
-- assessment of its impact, with the finished lots it names, and the QC manager's signed decision.
ALTER TABLE excursion ADD COLUMN process_instance_id VARCHAR(64);
ALTER TABLE excursion ADD COLUMN assessment VARCHAR(2000);
ALTER TABLE excursion ADD COLUMN assessed_by VARCHAR(100);
ALTER TABLE excursion ADD COLUMN assessed_at DATETIME(6);
ALTER TABLE excursion ADD COLUMN decision VARCHAR(20);
ALTER TABLE excursion ADD COLUMN justification VARCHAR(2000);
ALTER TABLE excursion ADD COLUMN open_capa BOOLEAN;
ALTER TABLE excursion ADD COLUMN capa_number VARCHAR(30);
ALTER TABLE excursion ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE excursion ADD COLUMN decided_at DATETIME(6);
ALTER TABLE excursion ADD COLUMN signature_id BIGINT;
ALTER TABLE excursion ADD CONSTRAINT fk_excursion_signature FOREIGN KEY (signature_id)
    REFERENCES electronic_signature (id);
ALTER TABLE excursion ADD CONSTRAINT ck_excursion_decision
    CHECK (decision IS NULL OR decision IN ('NO_IMPACT', 'HOLD_LOTS', 'REJECT'));
ALTER TABLE excursion ADD CONSTRAINT ck_excursion_status CHECK (status IN ('OPEN', 'BACK_IN_LIMITS', 'CLOSED'));

-- The finished lots the assessment names, and what the decision did to each (null until it is signed).
CREATE TABLE excursion_lot (
    excursion_id BIGINT       NOT NULL,
    lot_number   VARCHAR(30)  NOT NULL,
    outcome      VARCHAR(300),
    CONSTRAINT pk_excursion_lot PRIMARY KEY (excursion_id, lot_number),
    CONSTRAINT fk_excursion_lot_excursion FOREIGN KEY (excursion_id) REFERENCES excursion (id),
    CONSTRAINT fk_excursion_lot_lot FOREIGN KEY (lot_number) REFERENCES material_lot (lot_number)
);
CREATE INDEX ix_excursion_lot_lot ON excursion_lot (lot_number);

ALTER TABLE nonconformance DROP CONSTRAINT ck_nc_origin;
ALTER TABLE nonconformance ADD CONSTRAINT ck_nc_origin
    CHECK (origin IN ('FAILED_INSPECTION', 'REJECTED_CONCESSION', 'CONCESSION_EXPIRED', 'MANUAL_HOLD', 'RECALL',
                      'SHELF_LIFE_EXPIRED', 'EXCURSION'));
ALTER TABLE capa DROP CONSTRAINT ck_capa_source;
ALTER TABLE capa ADD CONSTRAINT ck_capa_source CHECK (source IN ('IN_PROCESS_HOLD', 'NONCONFORMANCE', 'MANUAL',
                                                                 'EXCURSION'));
