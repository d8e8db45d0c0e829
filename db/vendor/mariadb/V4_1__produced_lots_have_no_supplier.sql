-- MariaDB syntax for V4_1 (the H2 twin is db/vendor/h2): lots made in-house have no supplier or purchase order.
ALTER TABLE material_lot MODIFY COLUMN supplier_id BIGINT NULL;
ALTER TABLE material_lot MODIFY COLUMN supplier_lot_number VARCHAR(60) NULL;
ALTER TABLE material_lot MODIFY COLUMN purchase_order VARCHAR(60) NULL;
