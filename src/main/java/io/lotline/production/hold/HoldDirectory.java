package io.lotline.production.hold;

import io.lotline.traceability.RecordDirectory;
import org.springframework.stereotype.Component;

@Component
class HoldDirectory implements RecordDirectory {
    static final String RECORD_TYPE = "IN_PROCESS_HOLD";

    private final InProcessHoldRepository holds;

    HoldDirectory(InProcessHoldRepository holds) {
        this.holds = holds;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public boolean exists(String id) {
        return holds.existsByHoldNumber(id);
    }
}
