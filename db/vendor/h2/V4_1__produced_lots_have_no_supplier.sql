-- H2 syntax for V4_1 (the MariaDB twin is db/vendor/mariadb): lots made in-house have no supplier or purchase order.
ALTER TABLE material_lot ALTER COLUMN supplier_id SET NULL;
ALTER TABLE material_lot ALTER COLUMN supplier_lot_number SET NULL;
ALTER TABLE material_lot ALTER COLUMN purchase_order SET NULL;
