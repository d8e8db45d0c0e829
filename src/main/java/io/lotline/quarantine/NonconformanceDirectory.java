package io.lotline.quarantine;

import io.lotline.traceability.RecordDirectory;
import org.springframework.stereotype.Component;

@Component
class NonconformanceDirectory implements RecordDirectory {
    private final NonconformanceRepository nonconformances;

    NonconformanceDirectory(NonconformanceRepository nonconformances) {
        this.nonconformances = nonconformances;
    }

    @Override
    public String recordType() {
        return "NONCONFORMANCE";
    }

    @Override
    public boolean exists(String id) {
        return nonconformances.existsByNumber(id);
    }
}
