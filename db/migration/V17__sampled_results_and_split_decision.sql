-- An attribute of a sampled lot records the items inspected and the nonconforming ones among them.
ALTER TABLE inspection_result ADD COLUMN sample_size INT;
ALTER TABLE inspection_result ADD COLUMN defectives INT;
ALTER TABLE inspection_result ADD CONSTRAINT ck_result_sample CHECK ((sample_size IS NULL) = (defectives IS NULL)
    AND (defectives IS NULL OR (defectives >= 0 AND defectives <= sample_size)));

-- A SPLIT decision after 100 % sorting: the accepted quantity goes on, the rejected one is split off into quarantine.
ALTER TABLE inspection ADD COLUMN accepted_quantity DECIMAL(19, 6);
ALTER TABLE inspection ADD COLUMN rejected_quantity DECIMAL(19, 6);
ALTER TABLE inspection ADD COLUMN rejected_serials LONGTEXT;
ALTER TABLE inspection DROP CONSTRAINT ck_inspection_decision;
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_decision
    CHECK (decision IS NULL OR decision IN ('PASS', 'FAIL', 'CONDITIONAL', 'SPLIT'));
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_split CHECK ((decision = 'SPLIT')
    = (accepted_quantity IS NOT NULL AND rejected_quantity IS NOT NULL));
