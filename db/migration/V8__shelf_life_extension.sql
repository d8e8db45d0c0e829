-- Issue 18: an expired lot gets a disposition of its own (SHELF_LIFE_EXPIRED); its shelf life may be extended only after
-- a re-test (an inspection of kind RETEST) and a QC manager's signed new expiry date, within the material's maximum.
ALTER TABLE material ADD COLUMN max_shelf_life_extension_days INT;
ALTER TABLE material ADD CONSTRAINT ck_material_max_extension
    CHECK (max_shelf_life_extension_days IS NULL OR (max_shelf_life_extension_days > 0 AND shelf_life_days IS NOT NULL));

ALTER TABLE nonconformance DROP CONSTRAINT ck_nc_origin;
ALTER TABLE nonconformance ADD CONSTRAINT ck_nc_origin
    CHECK (origin IN ('FAILED_INSPECTION', 'REJECTED_CONCESSION', 'CONCESSION_EXPIRED', 'MANUAL_HOLD', 'RECALL',
                      'SHELF_LIFE_EXPIRED'));
ALTER TABLE nonconformance DROP CONSTRAINT ck_nc_disposition;
ALTER TABLE nonconformance ADD CONSTRAINT ck_nc_disposition
    CHECK (disposition IS NULL OR disposition IN ('RETURN_TO_SUPPLIER', 'SCRAP', 'USE_AS_IS', 'REWORK', 'EXTEND_SHELF_LIFE'));
ALTER TABLE nonconformance ADD COLUMN expired_on DATE;
ALTER TABLE nonconformance ADD COLUMN extended_until DATE;
ALTER TABLE nonconformance ADD COLUMN extension_approved_by VARCHAR(60);
ALTER TABLE nonconformance ADD COLUMN extension_approved_at DATETIME(6);
ALTER TABLE nonconformance ADD COLUMN extension_justification VARCHAR(2000);

ALTER TABLE inspection DROP CONSTRAINT ck_inspection_kind;
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_kind CHECK (kind IN ('INCOMING', 'FINAL', 'RETEST'));
