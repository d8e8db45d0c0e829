-- ISO 2859-1 single sampling: a material may sample its lots by inspection level and AQL, and each inspection keeps
-- the plan it was opened with (code letter, sample size, acceptance and rejection numbers).
ALTER TABLE material ADD COLUMN sampling_level VARCHAR(4);
ALTER TABLE material ADD COLUMN sampling_aql DECIMAL(6, 3);
ALTER TABLE material ADD CONSTRAINT ck_material_sampling CHECK ((sampling_level IS NULL) = (sampling_aql IS NULL));

ALTER TABLE inspection ADD COLUMN sampling_scheme VARCHAR(100);
ALTER TABLE inspection ADD COLUMN sampling_stage VARCHAR(10);
ALTER TABLE inspection ADD COLUMN sample_code_letter VARCHAR(1);
ALTER TABLE inspection ADD COLUMN sample_size INT;
ALTER TABLE inspection ADD COLUMN acceptance_number INT;
ALTER TABLE inspection ADD COLUMN rejection_number INT;
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_sampling CHECK ((sampling_scheme IS NULL) = (sample_size IS NULL)
    AND (sampling_stage IS NULL OR sampling_stage IN ('NORMAL', 'TIGHTENED')));
