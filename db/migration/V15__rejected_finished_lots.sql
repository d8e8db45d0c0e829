-- A finished lot rejected at release goes to quarantine (origin RELEASE_REJECTED) for a disposition; REWORK sends it
-- back to release review, which decides it again, so a lot may have several release decisions (one per review).
-- The foreign key is dropped first and added again: it uses the unique index, which H2 would otherwise keep.
ALTER TABLE lot_release DROP CONSTRAINT fk_release_lot;
ALTER TABLE lot_release DROP CONSTRAINT uk_release_lot;
CREATE INDEX ix_release_lot ON lot_release (lot_id);
ALTER TABLE lot_release ADD CONSTRAINT fk_release_lot FOREIGN KEY (lot_id) REFERENCES material_lot (id);
CREATE INDEX ix_release_process ON lot_release (process_instance_id);

ALTER TABLE nonconformance DROP CONSTRAINT ck_nc_origin;
ALTER TABLE nonconformance ADD CONSTRAINT ck_nc_origin
    CHECK (origin IN ('FAILED_INSPECTION', 'REJECTED_CONCESSION', 'CONCESSION_EXPIRED', 'MANUAL_HOLD', 'RECALL',
                      'SHELF_LIFE_EXPIRED', 'EXCURSION', 'RELEASE_REJECTED'));

-- SPLIT: after 100 % sorting of a finished lot, the accepted quantity returns to release review as a lot of its own
-- (accepted_lot_id), the rest is scrapped; rejected_serials names the sorted-out units of a serialised lot.
ALTER TABLE nonconformance DROP CONSTRAINT ck_nc_disposition;
ALTER TABLE nonconformance ADD CONSTRAINT ck_nc_disposition
    CHECK (disposition IS NULL OR disposition IN ('RETURN_TO_SUPPLIER', 'SCRAP', 'USE_AS_IS', 'REWORK', 'SPLIT',
                                                  'EXTEND_SHELF_LIFE'));
ALTER TABLE nonconformance ADD COLUMN accepted_quantity DECIMAL(19, 6);
ALTER TABLE nonconformance ADD COLUMN rejected_serials LONGTEXT;
ALTER TABLE nonconformance ADD COLUMN accepted_lot_id BIGINT;
ALTER TABLE nonconformance ADD CONSTRAINT fk_nc_accepted_lot FOREIGN KEY (accepted_lot_id) REFERENCES material_lot (id);
ALTER TABLE nonconformance ADD CONSTRAINT ck_nc_split CHECK ((disposition = 'SPLIT') = (accepted_quantity IS NOT NULL));
