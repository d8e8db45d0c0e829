-- Received lots must still name supplier, supplier lot and purchase order; only produced lots may leave them empty.
ALTER TABLE material_lot ADD CONSTRAINT ck_lot_supplier CHECK (origin = 'PRODUCED'
    OR (supplier_id IS NOT NULL AND supplier_lot_number IS NOT NULL AND purchase_order IS NOT NULL));
