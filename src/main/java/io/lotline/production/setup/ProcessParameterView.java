package io.lotline.production.setup;

import java.math.BigDecimal;

public record ProcessParameterView(String parameter, String unit, BigDecimal lowerSpec, BigDecimal upperSpec,
                                   BigDecimal centerLine, BigDecimal sigma, boolean perCavity) {
    static ProcessParameterView of(ProcessParameter p) {
        return new ProcessParameterView(p.getName(), p.getUnit(), p.getLowerSpec(), p.getUpperSpec(), p.getCenterLine(),
                p.getSigma(), p.isPerCavity());
    }
}
