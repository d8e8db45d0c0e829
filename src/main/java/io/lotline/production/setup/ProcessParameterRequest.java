package io.lotline.production.setup;

import java.math.BigDecimal;

/** A process parameter; leave out {@code centerLine} and {@code sigma} to have them computed from the first readings. */
public record ProcessParameterRequest(String parameter, String unit, BigDecimal lowerSpec, BigDecimal upperSpec,
                                      BigDecimal centerLine, BigDecimal sigma, Boolean perCavity) {}
