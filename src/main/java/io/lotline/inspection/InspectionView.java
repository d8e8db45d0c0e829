package io.lotline.inspection;

import io.lotline.inspection.sampling.SamplingPlan;
import io.lotline.supplier.InspectionStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record InspectionView(long id, InspectionKind kind, Inspection.Status status, InspectionStage stage,
                             boolean reinspection, InspectionDecision decision, String comment, String performedBy, Instant performedAt,
                             List<Result> results, SamplingPlan sampling, BigDecimal acceptedQuantity,
                             BigDecimal rejectedQuantity, List<String> rejectedSerials) {
    public record Result(String characteristic, String unit, BigDecimal lowerLimit, BigDecimal upperLimit,
                         boolean attribute, String limits, String value, Boolean withinLimits, Integer sampleSize,
                         Integer defectives) {}

    public static InspectionView of(Inspection i) {
        return new InspectionView(i.getId(), i.getKind(), i.getStatus(), i.getStage(), i.isReinspection(), i.getDecision(),
                i.getComment(), i.getPerformedBy(), i.getPerformedAt(), i.getResults().stream().map(r -> new Result(
                        r.getCharacteristic(), r.getUnit(), r.getLowerLimit(), r.getUpperLimit(), r.isPassFail(), r.limitsText(),
                        r.recordedValue(), r.getWithinLimits(), r.getSampleSize(), r.getDefectives())).toList(),
                i.sampling().orElse(null), i.getAcceptedQuantity(), i.getRejectedQuantity(), i.getRejectedSerials());
    }
}
