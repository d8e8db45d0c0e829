-- The batches an ACTION excursion found in its room when it opened (or escalated to ACTION): the running ones it put
-- on hold, and those already on hold from a run, each with the hold that stops it. Batch and hold are kept by number,
-- as every other record names them.
CREATE TABLE excursion_batch (
    excursion_id BIGINT      NOT NULL,
    batch_number VARCHAR(30) NOT NULL,
    hold_number  VARCHAR(30) NOT NULL,
    CONSTRAINT pk_excursion_batch PRIMARY KEY (excursion_id, batch_number),
    CONSTRAINT fk_excursion_batch_excursion FOREIGN KEY (excursion_id) REFERENCES excursion (id),
    CONSTRAINT fk_excursion_batch_batch FOREIGN KEY (batch_number) REFERENCES production_batch (batch_number),
    CONSTRAINT fk_excursion_batch_hold FOREIGN KEY (hold_number) REFERENCES in_process_hold (hold_number)
);
CREATE INDEX ix_excursion_batch_batch ON excursion_batch (batch_number);

-- A batch's exposure is found by its room and run time against the excursions' periods.
CREATE INDEX ix_excursion_room_period ON excursion (room_id, started_at);

ALTER TABLE in_process_hold DROP CONSTRAINT ck_hold_origin;
ALTER TABLE in_process_hold ADD CONSTRAINT ck_hold_origin
    CHECK (origin IN ('SPC_VIOLATION', 'SPEC_VIOLATION', 'MANUAL', 'RECALL', 'EXCURSION'));
