package io.lotline.production.spc;

import java.math.BigDecimal;

/** A broken rule as the readings API reports it; {@code cavity} is null for a whole-shot parameter. */
public record ViolationView(String parameter, Integer cavity, SpcRule rule, BigDecimal value, int reading, String detail,
                            String holdNumber) {
    static ViolationView of(SpcViolation v) {
        return new ViolationView(v.getParameter(), v.getCavity() == 0 ? null : v.getCavity(), v.getRule(), v.getReading(),
                v.getSeqNo(), v.getDetail(), v.getHold() == null ? null : v.getHold().getHoldNumber());
    }
}
