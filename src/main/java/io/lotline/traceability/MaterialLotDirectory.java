package io.lotline.traceability;

import org.springframework.stereotype.Component;

@Component
class MaterialLotDirectory implements RecordDirectory {
    private final MaterialLotRepository lots;

    MaterialLotDirectory(MaterialLotRepository lots) {
        this.lots = lots;
    }

    @Override
    public String recordType() {
        return ItemType.MATERIAL_LOT.name();
    }

    @Override
    public boolean exists(String id) {
        return lots.findByLotNumber(id).isPresent();
    }
}
